from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ContentOverride")


@_attrs_define
class ContentOverride:
    """
    Attributes:
        type_ (str | Unset):
        html (str | Unset):
        text (str | Unset):
        amp (str | Unset):
    """

    type_: str | Unset = UNSET
    html: str | Unset = UNSET
    text: str | Unset = UNSET
    amp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        html = self.html

        text = self.text

        amp = self.amp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if amp is not UNSET:
            field_dict["amp"] = amp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            html = d.pop("html", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("html", error) from error

        try:
            text = d.pop("text", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("text", error) from error

        try:
            amp = d.pop("amp", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("amp", error) from error

        content_override = cls(
            type_=type_,
            html=html,
            text=text,
            amp=amp,
        )

        content_override.additional_properties = d
        return content_override

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
