from enum import StrEnum


class WorkflowNodeSleepType(StrEnum):
    SLEEP = "sleep"

    def __str__(self) -> str:
        return str(self.value)
