from enum import StrEnum


class StaticSegmentType(StrEnum):
    STATIC = "static"

    def __str__(self) -> str:
        return str(self.value)
