from enum import StrEnum

from ..types import unknown_member


class NotificationComplaintEventType(StrEnum):
    COMPLAINT = "complaint"

    @classmethod
    def _missing_(cls, value: object) -> "NotificationComplaintEventType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
