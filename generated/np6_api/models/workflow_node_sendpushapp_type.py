from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeSendpushappType(StrEnum):
    SENDPUSHAPP = "sendpushapp"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeSendpushappType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
