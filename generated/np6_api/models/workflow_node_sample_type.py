from enum import StrEnum


class WorkflowNodeSampleType(StrEnum):
    SAMPLE = "sample"

    def __str__(self) -> str:
        return str(self.value)
