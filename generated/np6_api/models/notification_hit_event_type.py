from enum import StrEnum

from ..types import unknown_member


class NotificationHitEventType(StrEnum):
    HIT = "hit"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationHitEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
