from enum import StrEnum

from ..types import unknown_member


class DatabaseFeatureType(StrEnum):
    DATABASE = "database"

    @classmethod
    def _missing_(cls, value: object) -> "DatabaseFeatureType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
