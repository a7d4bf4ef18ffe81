from enum import StrEnum

from ..types import unknown_member


class NotificationModificationEventType(StrEnum):
    MODIFICATION = "modification"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationModificationEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
