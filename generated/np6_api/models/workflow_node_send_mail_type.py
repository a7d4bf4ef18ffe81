from enum import StrEnum


class WorkflowNodeSendMailType(StrEnum):
    SENDMAIL = "sendMail"

    def __str__(self) -> str:
        return str(self.value)
