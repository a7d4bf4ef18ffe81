from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.render_context_display import RenderContextDisplay
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="RenderContext")


@_attrs_define
class RenderContext:
    """
    Attributes:
        id (str | Unset): The message id.
        display (RenderContextDisplay | Unset):
        render (int | Unset): Id of the content to render.
        recipient (str | Unset): Email address that overrides the recipient.
    """

    id: str | Unset = UNSET
    display: RenderContextDisplay | Unset = UNSET
    render: int | Unset = UNSET
    recipient: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        display: int | Unset = UNSET
        if not isinstance(self.display, Unset):
            display = self.display.value

        render = self.render

        recipient = self.recipient

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if display is not UNSET:
            field_dict["display"] = display
        if render is not UNSET:
            field_dict["render"] = render
        if recipient is not UNSET:
            field_dict["recipient"] = recipient

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            _display = d.pop("display", UNSET)
            display: RenderContextDisplay | Unset
            if isinstance(_display, Unset):
                display = UNSET
            else:
                display = RenderContextDisplay(_display)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("display", error) from error

        try:
            render = d.pop("render", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("render", error) from error

        try:
            recipient = d.pop("recipient", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("recipient", error) from error

        render_context = cls(
            id=id,
            display=display,
            render=render,
            recipient=recipient,
        )

        render_context.additional_properties = d
        return render_context

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
