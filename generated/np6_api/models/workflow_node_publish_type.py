from enum import StrEnum

from ..types import unknown_member


class WorkflowNodePublishType(StrEnum):
    PUBLISH = "publish"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodePublishType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
