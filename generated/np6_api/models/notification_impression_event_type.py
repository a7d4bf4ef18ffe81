from enum import StrEnum

from ..types import unknown_member


class NotificationImpressionEventType(StrEnum):
    IMPRESSION = "impression"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationImpressionEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
