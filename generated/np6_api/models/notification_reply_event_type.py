from enum import StrEnum

from ..types import unknown_member


class NotificationReplyEventType(StrEnum):
    REPLY = "reply"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationReplyEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
