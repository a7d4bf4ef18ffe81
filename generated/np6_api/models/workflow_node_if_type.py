from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeIfType(StrEnum):
    IF = "if"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeIfType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
