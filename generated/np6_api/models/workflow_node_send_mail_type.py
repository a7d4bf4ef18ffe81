from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeSendMailType(StrEnum):
    SENDMAIL = "sendMail"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeSendMailType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
