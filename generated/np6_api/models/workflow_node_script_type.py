from enum import StrEnum


class WorkflowNodeScriptType(StrEnum):
    SCRIPT = "script"

    def __str__(self) -> str:
        return str(self.value)
