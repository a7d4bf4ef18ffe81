from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.database_feature_type import DatabaseFeatureType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="DatabaseFeature")


@_attrs_define
class DatabaseFeature:
    """
    Attributes:
        type_ (DatabaseFeatureType):  Default: DatabaseFeatureType.DATABASE.
        update_existing (bool | Unset):
        crush_data (bool | Unset):
    """

    type_: DatabaseFeatureType = DatabaseFeatureType.DATABASE
    update_existing: bool | Unset = UNSET
    crush_data: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        update_existing = self.update_existing

        crush_data = self.crush_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if update_existing is not UNSET:
            field_dict["updateExisting"] = update_existing
        if crush_data is not UNSET:
            field_dict["crushData"] = crush_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = DatabaseFeatureType(d.pop("type"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            update_existing = d.pop("updateExisting", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("updateExisting", error) from error

        try:
            crush_data = d.pop("crushData", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("crushData", error) from error

        database_feature = cls(
            type_=type_,
            update_existing=update_existing,
            crush_data=crush_data,
        )

        database_feature.additional_properties = d
        return database_feature

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
