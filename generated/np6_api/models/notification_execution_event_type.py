from enum import StrEnum


class NotificationExecutionEventType(StrEnum):
    EXECUTION = "execution"

    def __str__(self) -> str:
        return str(self.value)
