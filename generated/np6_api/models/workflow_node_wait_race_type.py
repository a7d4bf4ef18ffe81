from enum import StrEnum


class WorkflowNodeWaitRaceType(StrEnum):
    WAIT_RACE = "wait.race"

    def __str__(self) -> str:
        return str(self.value)
