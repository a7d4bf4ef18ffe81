from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeWaitType(StrEnum):
    WAIT = "wait"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeWaitType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
