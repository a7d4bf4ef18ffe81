from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="RedListEntry")


@_attrs_define
class RedListEntry:
    """
    Attributes:
        timestamp (datetime.datetime | Unset):
        reason (int | Unset):
    """

    timestamp: datetime.datetime | Unset = UNSET
    reason: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _timestamp = d.pop("timestamp", UNSET)
            timestamp: datetime.datetime | Unset
            if isinstance(_timestamp, Unset):
                timestamp = UNSET
            else:
                timestamp = datetime.datetime.fromisoformat(_timestamp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("timestamp", error) from error

        try:
            reason = d.pop("reason", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("reason", error) from error

        red_list_entry = cls(
            timestamp=timestamp,
            reason=reason,
        )

        red_list_entry.additional_properties = d
        return red_list_entry

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
