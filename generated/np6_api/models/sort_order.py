from enum import StrEnum

from ..types import unknown_member


class SortOrder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    @classmethod
    def _missing_(cls, value: object) -> "SortOrder | None":
        return unknown_member(cls, value, pin=False)

    def __str__(self) -> str:
        return str(self.value)
