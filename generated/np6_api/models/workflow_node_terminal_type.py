from enum import StrEnum


class WorkflowNodeTerminalType(StrEnum):
    TERMINAL = "terminal"

    def __str__(self) -> str:
        return str(self.value)
