from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeSleepType(StrEnum):
    SLEEP = "sleep"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeSleepType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
