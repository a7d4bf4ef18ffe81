from enum import StrEnum


class WorkflowNodeWaitKillType(StrEnum):
    WAIT_KILL = "wait.kill"

    def __str__(self) -> str:
        return str(self.value)
