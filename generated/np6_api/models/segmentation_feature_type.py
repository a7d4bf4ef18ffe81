from enum import StrEnum

from ..types import unknown_member


class SegmentationFeatureType(StrEnum):
    SEGMENTATION = "segmentation"

    @classmethod
    def _missing_(cls, value: object) -> "SegmentationFeatureType | None":
        return unknown_member(cls, value, pin=True)

    def __str__(self) -> str:
        return str(self.value)
