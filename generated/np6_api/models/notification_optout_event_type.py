from enum import StrEnum

from ..types import unknown_member


class NotificationOptoutEventType(StrEnum):
    OPTOUT = "optout"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationOptoutEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
