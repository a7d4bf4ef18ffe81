from enum import StrEnum


class WorkflowNodeSendpushappType(StrEnum):
    SENDPUSHAPP = "sendpushapp"

    def __str__(self) -> str:
        return str(self.value)
