from enum import StrEnum


class NormalizationFeatureType(StrEnum):
    NORMALIZATION = "normalization"

    def __str__(self) -> str:
        return str(self.value)
