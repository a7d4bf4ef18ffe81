from enum import StrEnum

from ..types import unknown_member


class WorkflowCappingPeriodUnit(StrEnum):
    DAY = "DAY"
    HOUR = "HOUR"
    MILLISECOND = "MILLISECOND"
    MINUTE = "MINUTE"
    MONTH = "MONTH"
    SECOND = "SECOND"
    WEEK = "WEEK"
    YEAR = "YEAR"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowCappingPeriodUnit | None":
        return unknown_member(cls, value, pin=False)

    def __str__(self) -> str:
        return str(self.value)
