from enum import StrEnum


class RedListFeatureType(StrEnum):
    REDLIST = "redList"

    def __str__(self) -> str:
        return str(self.value)
