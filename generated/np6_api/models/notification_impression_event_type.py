from enum import StrEnum


class NotificationImpressionEventType(StrEnum):
    IMPRESSION = "impression"

    def __str__(self) -> str:
        return str(self.value)
