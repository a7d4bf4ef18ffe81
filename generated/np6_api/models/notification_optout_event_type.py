from enum import StrEnum


class NotificationOptoutEventType(StrEnum):
    OPTOUT = "optout"

    def __str__(self) -> str:
        return str(self.value)
