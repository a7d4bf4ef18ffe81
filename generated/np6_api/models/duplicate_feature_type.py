from enum import StrEnum


class DuplicateFeatureType(StrEnum):
    DUPLICATE = "duplicate"

    def __str__(self) -> str:
        return str(self.value)
