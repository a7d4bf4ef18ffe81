from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeSendSmsType(StrEnum):
    SENDSMS = "sendSms"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeSendSmsType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
