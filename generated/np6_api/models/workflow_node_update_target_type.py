from enum import StrEnum


class WorkflowNodeUpdateTargetType(StrEnum):
    UPDATETARGET = "updateTarget"

    def __str__(self) -> str:
        return str(self.value)
