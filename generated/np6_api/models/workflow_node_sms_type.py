from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeSmsType(StrEnum):
    SMS = "sms"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeSmsType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
