from enum import StrEnum


class WorkflowNodeMultipleslotsType(StrEnum):
    MULTIPLESLOTS = "multipleslots"

    def __str__(self) -> str:
        return str(self.value)
