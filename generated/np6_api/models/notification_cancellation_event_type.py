from enum import StrEnum


class NotificationCancellationEventType(StrEnum):
    CANCELLATION = "cancellation"

    def __str__(self) -> str:
        return str(self.value)
