from enum import StrEnum


class NotificationReplyEventType(StrEnum):
    REPLY = "reply"

    def __str__(self) -> str:
        return str(self.value)
