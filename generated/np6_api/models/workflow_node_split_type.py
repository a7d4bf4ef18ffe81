from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeSplitType(StrEnum):
    SPLIT = "split"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeSplitType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
