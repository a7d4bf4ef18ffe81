from enum import StrEnum


class WorkflowNodeDataTablePipelineType(StrEnum):
    DATA_TABLEPIPELINE = "data-table/pipeline"

    def __str__(self) -> str:
        return str(self.value)
