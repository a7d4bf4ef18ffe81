from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.message_headers import MessageHeaders


T = TypeVar("T", bound="ActionContent")


@_attrs_define
class ActionContent:
    """
    Attributes:
        headers (MessageHeaders | Unset):
        subject (str | Unset):
        html (str | Unset):
        text (str | Unset):
    """

    headers: MessageHeaders | Unset = UNSET
    subject: str | Unset = UNSET
    html: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        subject = self.subject

        html = self.html

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if headers is not UNSET:
            field_dict["headers"] = headers
        if subject is not UNSET:
            field_dict["subject"] = subject
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_headers import MessageHeaders

        d = dict(src_dict)
        try:
            _headers = d.pop("headers", UNSET)
            headers: MessageHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = MessageHeaders.from_dict(_headers)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("headers", error) from error

        try:
            subject = d.pop("subject", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("subject", error) from error

        try:
            html = d.pop("html", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("html", error) from error

        try:
            text = d.pop("text", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("text", error) from error

        action_content = cls(
            headers=headers,
            subject=subject,
            html=html,
            text=text,
        )

        action_content.additional_properties = d
        return action_content

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
