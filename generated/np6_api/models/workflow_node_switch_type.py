from enum import StrEnum


class WorkflowNodeSwitchType(StrEnum):
    SWITCH = "switch"

    def __str__(self) -> str:
        return str(self.value)
