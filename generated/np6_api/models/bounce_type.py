from enum import StrEnum

from ..types import unknown_member


class BounceType(StrEnum):
    HARD_DOMAIN = "HardDomain"
    HARD_OTHER = "HardOther"
    HARD_RULES = "HardRules"
    HARD_USER = "HardUser"
    REPORT_AS_SPAM = "ReportAsSpam"
    SOFT = "Soft"
    VALIDE = "Validé"

    @classmethod
    def _missing_(cls, value: object) -> "BounceType | None":
        return unknown_member(cls, value, pin=False)

    def __str__(self) -> str:
        return str(self.value)
