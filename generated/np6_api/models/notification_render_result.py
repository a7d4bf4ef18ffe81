from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.notification_render_result_meta import NotificationRenderResultMeta
    from ..models.notification_render_result_render import (
        NotificationRenderResultRender,
    )


T = TypeVar("T", bound="NotificationRenderResult")


@_attrs_define
class NotificationRenderResult:
    """The result of a notification render.

    Attributes:
        type_ (str | Unset): Outcome of the render (seen value `success`; the full list is not documented).
        meta (NotificationRenderResultMeta | Unset):
        render (NotificationRenderResultRender | Unset):
    """

    type_: str | Unset = UNSET
    meta: NotificationRenderResultMeta | Unset = UNSET
    render: NotificationRenderResultRender | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        render: dict[str, Any] | Unset = UNSET
        if not isinstance(self.render, Unset):
            render = self.render.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if meta is not UNSET:
            field_dict["meta"] = meta
        if render is not UNSET:
            field_dict["render"] = render

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_render_result_meta import (
            NotificationRenderResultMeta,
        )
        from ..models.notification_render_result_render import (
            NotificationRenderResultRender,
        )

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _meta = d.pop("meta", UNSET)
            meta: NotificationRenderResultMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = NotificationRenderResultMeta.from_dict(_meta)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("meta", error) from error

        try:
            _render = d.pop("render", UNSET)
            render: NotificationRenderResultRender | Unset
            if isinstance(_render, Unset):
                render = UNSET
            else:
                render = NotificationRenderResultRender.from_dict(_render)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("render", error) from error

        notification_render_result = cls(
            type_=type_,
            meta=meta,
            render=render,
        )

        notification_render_result.additional_properties = d
        return notification_render_result

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
