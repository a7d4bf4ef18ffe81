from enum import StrEnum

from ..types import unknown_member


class NormalizationFeatureType(StrEnum):
    NORMALIZATION = "normalization"

    @classmethod
    def _missing_(cls, value: object) -> "NormalizationFeatureType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
