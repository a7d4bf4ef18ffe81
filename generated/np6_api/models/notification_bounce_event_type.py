from enum import StrEnum


class NotificationBounceEventType(StrEnum):
    BOUNCE = "bounce"

    def __str__(self) -> str:
        return str(self.value)
