from enum import StrEnum


class NotificationActivationEventType(StrEnum):
    ACTIVATION = "activation"

    def __str__(self) -> str:
        return str(self.value)
