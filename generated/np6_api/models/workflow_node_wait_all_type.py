from enum import StrEnum


class WorkflowNodeWaitAllType(StrEnum):
    WAIT_ALL = "wait.all"

    def __str__(self) -> str:
        return str(self.value)
