from enum import StrEnum


class WorkflowNodeRequestType(StrEnum):
    REQUEST = "request"

    def __str__(self) -> str:
        return str(self.value)
