from enum import StrEnum


class WorkflowNodePublishType(StrEnum):
    PUBLISH = "publish"

    def __str__(self) -> str:
        return str(self.value)
