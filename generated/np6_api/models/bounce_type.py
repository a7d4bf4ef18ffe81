from enum import StrEnum


class BounceType(StrEnum):
    HARD_DOMAIN = "HardDomain"
    HARD_OTHER = "HardOther"
    HARD_RULES = "HardRules"
    HARD_USER = "HardUser"
    REPORT_AS_SPAM = "ReportAsSpam"
    SOFT = "Soft"
    VALIDE = "Validé"

    def __str__(self) -> str:
        return str(self.value)
