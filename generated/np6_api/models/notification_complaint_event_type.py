from enum import StrEnum


class NotificationComplaintEventType(StrEnum):
    COMPLAINT = "complaint"

    def __str__(self) -> str:
        return str(self.value)
