from enum import StrEnum


class NotificationHitEventType(StrEnum):
    HIT = "hit"

    def __str__(self) -> str:
        return str(self.value)
