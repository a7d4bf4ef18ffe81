from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeUpdateTargetType(StrEnum):
    UPDATETARGET = "updateTarget"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeUpdateTargetType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
