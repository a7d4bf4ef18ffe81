from enum import StrEnum


class WorkflowNodeNp6NotificationExecutionType(StrEnum):
    NP6_NOTIFICATIONEXECUTION = "np6.notification/execution"

    def __str__(self) -> str:
        return str(self.value)
