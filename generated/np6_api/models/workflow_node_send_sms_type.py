from enum import StrEnum


class WorkflowNodeSendSmsType(StrEnum):
    SENDSMS = "sendSms"

    def __str__(self) -> str:
        return str(self.value)
