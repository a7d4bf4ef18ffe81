from enum import StrEnum


class NotificationModificationEventType(StrEnum):
    MODIFICATION = "modification"

    def __str__(self) -> str:
        return str(self.value)
