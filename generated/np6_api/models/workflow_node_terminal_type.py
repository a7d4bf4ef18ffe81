from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeTerminalType(StrEnum):
    TERMINAL = "terminal"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeTerminalType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
