from enum import IntEnum

from ..types import unknown_member


class ActionState(IntEnum):
    ERROR = 10
    TEST_FAILED = 20
    VALUE_30 = 30
    VALUE_35 = 35
    VALUE_36 = 36
    TESTED = 38
    VALUE_40 = 40
    VALUE_50 = 50
    VALUE_55 = 55
    VALUE_60 = 60

    @classmethod
    def _missing_(cls, value: object) -> "ActionState | None":
        return unknown_member(cls, value, pin=False)

    def __str__(self) -> str:
        return str(self.value)
