from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bounce_type import BounceType
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Bounce")


@_attrs_define
class Bounce:
    """
    Attributes:
        field (int | Unset): Id of the field that bounced.
        type_ (BounceType | Unset):
        timestamp (datetime.datetime | Unset):
        reason (str | Unset):
    """

    field: int | Unset = UNSET
    type_: BounceType | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field is not UNSET:
            field_dict["field"] = field
        if type_ is not UNSET:
            field_dict["type"] = type_
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            field = d.pop("field", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("field", error) from error

        try:
            _type_ = d.pop("type", UNSET)
            type_: BounceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = BounceType(_type_)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

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

        bounce = cls(
            field=field,
            type_=type_,
            timestamp=timestamp,
            reason=reason,
        )

        bounce.additional_properties = d
        return bounce

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
