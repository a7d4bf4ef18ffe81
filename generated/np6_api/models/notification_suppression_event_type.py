from enum import StrEnum


class NotificationSuppressionEventType(StrEnum):
    SUPPRESSION = "suppression"

    def __str__(self) -> str:
        return str(self.value)
