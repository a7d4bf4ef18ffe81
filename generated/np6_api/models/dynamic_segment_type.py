from enum import StrEnum

from ..types import unknown_member


class DynamicSegmentType(StrEnum):
    DYNAMIC = "dynamic"

    @classmethod
    def _missing_(cls, value: object) -> "DynamicSegmentType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
