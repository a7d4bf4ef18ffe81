from enum import StrEnum

from ..types import unknown_member


class NotificationCancellationEventType(StrEnum):
    CANCELLATION = "cancellation"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationCancellationEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
