from enum import StrEnum

from ..types import unknown_member


class DuplicateFeatureType(StrEnum):
    DUPLICATE = "duplicate"

    @classmethod
    def _missing_(cls, value: object) -> "DuplicateFeatureType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
