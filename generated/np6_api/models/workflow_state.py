from enum import IntEnum

from ..types import unknown_member


class WorkflowState(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowState | None":
        return unknown_member(cls, value, pin=False)

    def __str__(self) -> str:
        return str(self.value)
