from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="EmailFrom")


@_attrs_define
class EmailFrom:
    """The From address template.

    Attributes:
        label (str | Unset):
        prefix (str | Unset):
        domain (str | Unset):
    """

    label: str | Unset = UNSET
    prefix: str | Unset = UNSET
    domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        prefix = self.prefix

        domain = self.domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if domain is not UNSET:
            field_dict["domain"] = domain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            label = d.pop("label", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("label", error) from error

        try:
            prefix = d.pop("prefix", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("prefix", error) from error

        try:
            domain = d.pop("domain", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("domain", error) from error

        email_from = cls(
            label=label,
            prefix=prefix,
            domain=domain,
        )

        email_from.additional_properties = d
        return email_from

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
