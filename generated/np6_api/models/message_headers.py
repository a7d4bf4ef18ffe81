from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.email_from import EmailFrom


T = TypeVar("T", bound="MessageHeaders")


@_attrs_define
class MessageHeaders:
    """
    Attributes:
        from_ (EmailFrom | Unset): The From address template.
        reply (str | Unset): Reply-to template.
    """

    from_: EmailFrom | Unset = UNSET
    reply: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_, Unset):
            from_ = self.from_.to_dict()

        reply = self.reply

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_ is not UNSET:
            field_dict["from"] = from_
        if reply is not UNSET:
            field_dict["reply"] = reply

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_from import EmailFrom

        d = dict(src_dict)
        try:
            _from_ = d.pop("from", UNSET)
            from_: EmailFrom | Unset
            if isinstance(_from_, Unset):
                from_ = UNSET
            else:
                from_ = EmailFrom.from_dict(_from_)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("from", error) from error

        try:
            reply = d.pop("reply", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("reply", error) from error

        message_headers = cls(
            from_=from_,
            reply=reply,
        )

        message_headers.additional_properties = d
        return message_headers

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
