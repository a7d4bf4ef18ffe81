from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeScriptType(StrEnum):
    SCRIPT = "script"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeScriptType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
