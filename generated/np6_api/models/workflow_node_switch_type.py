from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeSwitchType(StrEnum):
    SWITCH = "switch"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeSwitchType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
