from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeDataManagerPipelineType(StrEnum):
    DATA_MANAGERPIPELINE = "data-manager/pipeline"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeDataManagerPipelineType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
