from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ChangeStamp")


@_attrs_define
class ChangeStamp:
    """Creation and last modification instants.

    Attributes:
        creation (datetime.datetime | Unset):
        modification (datetime.datetime | Unset):
    """

    creation: datetime.datetime | Unset = UNSET
    modification: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation: str | Unset = UNSET
        if not isinstance(self.creation, Unset):
            creation = self.creation.isoformat()

        modification: str | Unset = UNSET
        if not isinstance(self.modification, Unset):
            modification = self.modification.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation is not UNSET:
            field_dict["creation"] = creation
        if modification is not UNSET:
            field_dict["modification"] = modification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _creation = d.pop("creation", UNSET)
            creation: datetime.datetime | Unset
            if isinstance(_creation, Unset):
                creation = UNSET
            else:
                creation = datetime.datetime.fromisoformat(_creation)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("creation", error) from error

        try:
            _modification = d.pop("modification", UNSET)
            modification: datetime.datetime | Unset
            if isinstance(_modification, Unset):
                modification = UNSET
            else:
                modification = datetime.datetime.fromisoformat(_modification)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("modification", error) from error

        change_stamp = cls(
            creation=creation,
            modification=modification,
        )

        change_stamp.additional_properties = d
        return change_stamp

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
