from enum import StrEnum


class WorkflowNodeMatchType(StrEnum):
    MATCH = "match"

    def __str__(self) -> str:
        return str(self.value)
