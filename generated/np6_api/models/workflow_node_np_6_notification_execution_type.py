from enum import StrEnum

from ..types import unknown_member


class WorkflowNodeNp6NotificationExecutionType(StrEnum):
    NP6_NOTIFICATIONEXECUTION = "np6.notification/execution"

    @classmethod
    def _missing_(
        cls, value: object
    ) -> "WorkflowNodeNp6NotificationExecutionType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
