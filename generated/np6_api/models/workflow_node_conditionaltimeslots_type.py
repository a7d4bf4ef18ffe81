from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeConditionaltimeslotsType(StrEnum):
    CONDITIONALTIMESLOTS = "conditionaltimeslots"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeConditionaltimeslotsType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
