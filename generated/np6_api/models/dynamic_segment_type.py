from enum import StrEnum


class DynamicSegmentType(StrEnum):
    DYNAMIC = "dynamic"

    def __str__(self) -> str:
        return str(self.value)
