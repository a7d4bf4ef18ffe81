from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="NotificationRenderResultRender")


@_attrs_define
class NotificationRenderResultRender:
    """
    Attributes:
        title (str | Unset):
        body (str | Unset):
        icon (str | Unset):
        thumbnail (str | Unset):
        image (str | Unset):
    """

    title: str | Unset = UNSET
    body: str | Unset = UNSET
    icon: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        body = self.body

        icon = self.icon

        thumbnail = self.thumbnail

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if icon is not UNSET:
            field_dict["icon"] = icon
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            title = d.pop("title", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("title", error) from error

        try:
            body = d.pop("body", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("body", error) from error

        try:
            icon = d.pop("icon", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("icon", error) from error

        try:
            thumbnail = d.pop("thumbnail", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("thumbnail", error) from error

        try:
            image = d.pop("image", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("image", error) from error

        notification_render_result_render = cls(
            title=title,
            body=body,
            icon=icon,
            thumbnail=thumbnail,
            image=image,
        )

        notification_render_result_render.additional_properties = d
        return notification_render_result_render

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
