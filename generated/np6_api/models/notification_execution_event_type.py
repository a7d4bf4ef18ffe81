from enum import StrEnum

from ..types import unknown_member


class NotificationExecutionEventType(StrEnum):
    EXECUTION = "execution"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationExecutionEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
