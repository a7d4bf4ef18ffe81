from enum import StrEnum


class WorkflowNodeDataManagerPipelineType(StrEnum):
    DATA_MANAGERPIPELINE = "data-manager/pipeline"

    def __str__(self) -> str:
        return str(self.value)
