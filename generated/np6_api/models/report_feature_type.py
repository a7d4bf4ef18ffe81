from enum import StrEnum

from ..types import unknown_member


class ReportFeatureType(StrEnum):
    REPORT = "report"

    @classmethod
    def _missing_(cls, value: object) -> "ReportFeatureType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
