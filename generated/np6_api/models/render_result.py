from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.render_result_headers import RenderResultHeaders
    from ..models.render_result_sender import RenderResultSender


T = TypeVar("T", bound="RenderResult")


@_attrs_define
class RenderResult:
    """
    Attributes:
        type_ (str | Unset):
        recipient (str | Unset):
        sender (RenderResultSender | Unset):
        subject (str | Unset):
        html (str | Unset):
        text (str | Unset):
        amp (str | Unset):
        headers (RenderResultHeaders | Unset): Message headers, by name.
    """

    type_: str | Unset = UNSET
    recipient: str | Unset = UNSET
    sender: RenderResultSender | Unset = UNSET
    subject: str | Unset = UNSET
    html: str | Unset = UNSET
    text: str | Unset = UNSET
    amp: str | Unset = UNSET
    headers: RenderResultHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        recipient = self.recipient

        sender: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sender, Unset):
            sender = self.sender.to_dict()

        subject = self.subject

        html = self.html

        text = self.text

        amp = self.amp

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if sender is not UNSET:
            field_dict["sender"] = sender
        if subject is not UNSET:
            field_dict["subject"] = subject
        if html is not UNSET:
            field_dict["html"] = html
        if text is not UNSET:
            field_dict["text"] = text
        if amp is not UNSET:
            field_dict["amp"] = amp
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.render_result_headers import RenderResultHeaders
        from ..models.render_result_sender import RenderResultSender

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            recipient = d.pop("recipient", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("recipient", error) from error

        try:
            _sender = d.pop("sender", UNSET)
            sender: RenderResultSender | Unset
            if isinstance(_sender, Unset):
                sender = UNSET
            else:
                sender = RenderResultSender.from_dict(_sender)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("sender", error) from error

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

        try:
            amp = d.pop("amp", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("amp", error) from error

        try:
            _headers = d.pop("headers", UNSET)
            headers: RenderResultHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = RenderResultHeaders.from_dict(_headers)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("headers", error) from error

        render_result = cls(
            type_=type_,
            recipient=recipient,
            sender=sender,
            subject=subject,
            html=html,
            text=text,
            amp=amp,
            headers=headers,
        )

        render_result.additional_properties = d
        return render_result

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
