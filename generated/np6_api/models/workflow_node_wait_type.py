from enum import StrEnum


class WorkflowNodeWaitType(StrEnum):
    WAIT = "wait"

    def __str__(self) -> str:
        return str(self.value)
