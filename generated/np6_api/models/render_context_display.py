from enum import IntEnum

from ..types import unknown_member


class RenderContextDisplay(IntEnum):
    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_4 = 4
    VALUE_8 = 8
    VALUE_16 = 16

    @classmethod
    def _missing_(cls, value: object) -> "RenderContextDisplay | None":
        return unknown_member(cls, value, pin=False)

    def __str__(self) -> str:
        return str(self.value)
