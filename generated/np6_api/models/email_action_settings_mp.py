from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="EmailActionSettingsMp")


@_attrs_define
class EmailActionSettingsMp:
    """
    Attributes:
        use (bool | Unset):
        increment (bool | Unset):
    """

    use: bool | Unset = UNSET
    increment: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use = self.use

        increment = self.increment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use is not UNSET:
            field_dict["use"] = use
        if increment is not UNSET:
            field_dict["increment"] = increment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            use = d.pop("use", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("use", error) from error

        try:
            increment = d.pop("increment", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("increment", error) from error

        email_action_settings_mp = cls(
            use=use,
            increment=increment,
        )

        email_action_settings_mp.additional_properties = d
        return email_action_settings_mp

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
