from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Stamp")


@_attrs_define
class Stamp:
    """
    Attributes:
        time (int | Unset): Creation time in milliseconds since 1970-01-01T00:00:00Z.
        id (UUID | Unset):
        thread (UUID | Unset):
        set_ (UUID | Unset):
    """

    time: int | Unset = UNSET
    id: UUID | Unset = UNSET
    thread: UUID | Unset = UNSET
    set_: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        thread: str | Unset = UNSET
        if not isinstance(self.thread, Unset):
            thread = str(self.thread)

        set_: str | Unset = UNSET
        if not isinstance(self.set_, Unset):
            set_ = str(self.set_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time is not UNSET:
            field_dict["time"] = time
        if id is not UNSET:
            field_dict["id"] = id
        if thread is not UNSET:
            field_dict["thread"] = thread
        if set_ is not UNSET:
            field_dict["set"] = set_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            time = d.pop("time", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("time", error) from error

        try:
            _id = d.pop("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            _thread = d.pop("thread", UNSET)
            thread: UUID | Unset
            if isinstance(_thread, Unset):
                thread = UNSET
            else:
                thread = UUID(_thread)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("thread", error) from error

        try:
            _set_ = d.pop("set", UNSET)
            set_: UUID | Unset
            if isinstance(_set_, Unset):
                set_ = UNSET
            else:
                set_ = UUID(_set_)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("set", error) from error

        stamp = cls(
            time=time,
            id=id,
            thread=thread,
            set_=set_,
        )

        stamp.additional_properties = d
        return stamp

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
