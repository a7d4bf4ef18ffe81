from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.target_message_request_data import TargetMessageRequestData


T = TypeVar("T", bound="TargetMessageRequest")


@_attrs_define
class TargetMessageRequest:
    """The message request (mostly not documented).

    Attributes:
        data (TargetMessageRequestData | Unset):
    """

    data: TargetMessageRequestData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.target_message_request_data import TargetMessageRequestData

        d = dict(src_dict)
        try:
            _data = d.pop("data", UNSET)
            data: TargetMessageRequestData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = TargetMessageRequestData.from_dict(_data)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("data", error) from error

        target_message_request = cls(
            data=data,
        )

        target_message_request.additional_properties = d
        return target_message_request

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
