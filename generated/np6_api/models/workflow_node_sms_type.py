from enum import StrEnum


class WorkflowNodeSmsType(StrEnum):
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
