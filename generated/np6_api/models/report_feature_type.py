from enum import StrEnum


class ReportFeatureType(StrEnum):
    REPORT = "report"

    def __str__(self) -> str:
        return str(self.value)
