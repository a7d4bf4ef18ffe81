from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segmentation_feature_type import SegmentationFeatureType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="SegmentationFeature")


@_attrs_define
class SegmentationFeature:
    """
    Attributes:
        type_ (SegmentationFeatureType):  Default: SegmentationFeatureType.SEGMENTATION.
        segment_id (int | Unset):
        empty_exisiting_segment (bool | Unset): Empty the segment before adding the imported targets.
    """

    type_: SegmentationFeatureType = SegmentationFeatureType.SEGMENTATION
    segment_id: int | Unset = UNSET
    empty_exisiting_segment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        segment_id = self.segment_id

        empty_exisiting_segment = self.empty_exisiting_segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if segment_id is not UNSET:
            field_dict["segmentId"] = segment_id
        if empty_exisiting_segment is not UNSET:
            field_dict["emptyExisitingSegment"] = empty_exisiting_segment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = SegmentationFeatureType(d.pop("type"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            segment_id = d.pop("segmentId", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("segmentId", error) from error

        try:
            empty_exisiting_segment = d.pop("emptyExisitingSegment", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("emptyExisitingSegment", error) from error

        segmentation_feature = cls(
            type_=type_,
            segment_id=segment_id,
            empty_exisiting_segment=empty_exisiting_segment,
        )

        segmentation_feature.additional_properties = d
        return segmentation_feature

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
