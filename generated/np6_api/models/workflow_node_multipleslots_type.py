from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeMultipleslotsType(StrEnum):
    MULTIPLESLOTS = "multipleslots"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeMultipleslotsType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
