from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeSampleType(StrEnum):
    SAMPLE = "sample"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeSampleType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
