from enum import StrEnum

from ..types import unknown_member


class NotificationBounceEventType(StrEnum):
    BOUNCE = "bounce"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationBounceEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
