from enum import StrEnum

from ..types import unknown_member


class NotificationActivationEventType(StrEnum):
    ACTIVATION = "activation"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationActivationEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
