from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeDataTablePipelineType(StrEnum):
    DATA_TABLEPIPELINE = "data-table/pipeline"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeDataTablePipelineType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
