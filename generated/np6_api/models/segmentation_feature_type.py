from enum import StrEnum


class SegmentationFeatureType(StrEnum):
    SEGMENTATION = "segmentation"

    def __str__(self) -> str:
        return str(self.value)
