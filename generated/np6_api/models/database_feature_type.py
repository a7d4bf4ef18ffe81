from enum import StrEnum


class DatabaseFeatureType(StrEnum):
    DATABASE = "database"

    def __str__(self) -> str:
        return str(self.value)
