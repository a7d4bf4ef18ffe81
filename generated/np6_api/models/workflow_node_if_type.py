from enum import StrEnum


class WorkflowNodeIfType(StrEnum):
    IF = "if"

    def __str__(self) -> str:
        return str(self.value)
