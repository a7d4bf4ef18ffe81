from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.red_list_feature_type import RedListFeatureType
from ..types import field_error

T = TypeVar("T", bound="RedListFeature")


@_attrs_define
class RedListFeature:
    """
    Attributes:
        type_ (RedListFeatureType):  Default: RedListFeatureType.REDLIST.
    """

    type_: RedListFeatureType = RedListFeatureType.REDLIST
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = RedListFeatureType(d.pop("type"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        red_list_feature = cls(
            type_=type_,
        )

        red_list_feature.additional_properties = d
        return red_list_feature

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
