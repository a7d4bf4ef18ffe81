from enum import StrEnum

from ..types import unknown_member


class StaticSegmentType(StrEnum):
    STATIC = "static"

    @classmethod
    def _missing_(cls, value: object) -> "StaticSegmentType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
