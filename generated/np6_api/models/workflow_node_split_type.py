from enum import StrEnum


class WorkflowNodeSplitType(StrEnum):
    SPLIT = "split"

    def __str__(self) -> str:
        return str(self.value)
