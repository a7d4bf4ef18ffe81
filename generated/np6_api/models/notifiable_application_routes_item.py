from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.typed_object import TypedObject


T = TypeVar("T", bound="NotifiableApplicationRoutesItem")


@_attrs_define
class NotifiableApplicationRoutesItem:
    """
    Attributes:
        name (str | Unset):
        value (TypedObject | Unset):
        default (bool | Unset):
    """

    name: str | Unset = UNSET
    value: TypedObject | Unset = UNSET
    default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.typed_object import TypedObject

        d = dict(src_dict)
        try:
            name = d.pop("name", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("name", error) from error

        try:
            _value = d.pop("value", UNSET)
            value: TypedObject | Unset
            if isinstance(_value, Unset):
                value = UNSET
            else:
                value = TypedObject.from_dict(_value)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("value", error) from error

        try:
            default = d.pop("default", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("default", error) from error

        notifiable_application_routes_item = cls(
            name=name,
            value=value,
            default=default,
        )

        notifiable_application_routes_item.additional_properties = d
        return notifiable_application_routes_item

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
