from enum import StrEnum


class WorkflowNodeConditionaltimeslotsType(StrEnum):
    CONDITIONALTIMESLOTS = "conditionaltimeslots"

    def __str__(self) -> str:
        return str(self.value)
