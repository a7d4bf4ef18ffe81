from enum import IntEnum

from ..types import unknown_member


class ImportExecutionState(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2

    @classmethod
    def _missing_(cls, value: object) -> "ImportExecutionState | None":
        return unknown_member(cls, value, pin=False)

    def __str__(self) -> str:
        return str(self.value)
