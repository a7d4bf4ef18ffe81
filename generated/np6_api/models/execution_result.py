from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.footprint import Footprint


T = TypeVar("T", bound="ExecutionResult")


@_attrs_define
class ExecutionResult:
    """
    Attributes:
        type_ (str | Unset):
        id (str | Unset):
        recipient (Footprint | Unset): A target identified by its id, unicity and hash.
    """

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    recipient: Footprint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.footprint import Footprint

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            id = d.pop("id", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            _recipient = d.pop("recipient", UNSET)
            recipient: Footprint | Unset
            if isinstance(_recipient, Unset):
                recipient = UNSET
            else:
                recipient = Footprint.from_dict(_recipient)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("recipient", error) from error

        execution_result = cls(
            type_=type_,
            id=id,
            recipient=recipient,
        )

        execution_result.additional_properties = d
        return execution_result

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
