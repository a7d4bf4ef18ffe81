from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="LifecycleEvent")


@_attrs_define
class LifecycleEvent:
    """
    Attributes:
        date (datetime.datetime | Unset):
        user (Any | Unset):
    """

    date: datetime.datetime | Unset = UNSET
    user: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _date = d.pop("date", UNSET)
            date: datetime.datetime | Unset
            if isinstance(_date, Unset):
                date = UNSET
            else:
                date = datetime.datetime.fromisoformat(_date)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("date", error) from error

        try:
            user = d.pop("user", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("user", error) from error

        lifecycle_event = cls(
            date=date,
            user=user,
        )

        lifecycle_event.additional_properties = d
        return lifecycle_event

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
