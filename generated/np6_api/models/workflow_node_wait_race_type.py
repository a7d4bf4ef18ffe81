from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeWaitRaceType(StrEnum):
    WAIT_RACE = "wait.race"

    @classmethod
    def _missing_(cls, value: object) -> "WorkflowNodeWaitRaceType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
