from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeRequestType(StrEnum):
    REQUEST = "request"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeRequestType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
