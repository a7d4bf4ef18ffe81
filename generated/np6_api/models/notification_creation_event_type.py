from enum import StrEnum

from ..types import unknown_member


class NotificationCreationEventType(StrEnum):
    CREATION = "creation"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationCreationEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
