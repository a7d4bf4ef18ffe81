from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeWaitKillType(StrEnum):
    WAIT_KILL = "wait.kill"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeWaitKillType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
