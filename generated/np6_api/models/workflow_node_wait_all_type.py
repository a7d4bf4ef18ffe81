from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeWaitAllType(StrEnum):
    WAIT_ALL = "wait.all"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeWaitAllType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
