from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeMatchType(StrEnum):
    MATCH = "match"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeMatchType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
