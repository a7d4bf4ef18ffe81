from enum import StrEnum

from ..types import unknown_member


class NotificationSuppressionEventType(StrEnum):
    SUPPRESSION = "suppression"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationSuppressionEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
