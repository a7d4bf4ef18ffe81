from enum import StrEnum


class NotificationCreationEventType(StrEnum):
    CREATION = "creation"

    def __str__(self) -> str:
        return str(self.value)
