from enum import StrEnum

from ..types import unknown_member


class RedListFeatureType(StrEnum):
    REDLIST = "redList"

    @classmethod
    def _missing_(cls, value: object) -> "RedListFeatureType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
