from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.notification_render_request_receiver import (
        NotificationRenderRequestReceiver,
    )
    from ..models.notification_render_request_related import (
        NotificationRenderRequestRelated,
    )
    from ..models.notification_render_request_stamp import (
        NotificationRenderRequestStamp,
    )


T = TypeVar("T", bound="NotificationRenderRequest")


@_attrs_define
class NotificationRenderRequest:
    """Who and what to render a notification for.

    Attributes:
        receiver (NotificationRenderRequestReceiver | Unset): Identification of the receiver.
        related (NotificationRenderRequestRelated | Unset):
        stamp (NotificationRenderRequestStamp | Unset):
    """

    receiver: NotificationRenderRequestReceiver | Unset = UNSET
    related: NotificationRenderRequestRelated | Unset = UNSET
    stamp: NotificationRenderRequestStamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = self.receiver.to_dict()

        related: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = self.related.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if related is not UNSET:
            field_dict["related"] = related
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_render_request_receiver import (
            NotificationRenderRequestReceiver,
        )
        from ..models.notification_render_request_related import (
            NotificationRenderRequestRelated,
        )
        from ..models.notification_render_request_stamp import (
            NotificationRenderRequestStamp,
        )

        d = dict(src_dict)
        try:
            _receiver = d.pop("receiver", UNSET)
            receiver: NotificationRenderRequestReceiver | Unset
            if isinstance(_receiver, Unset):
                receiver = UNSET
            else:
                receiver = NotificationRenderRequestReceiver.from_dict(_receiver)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("receiver", error) from error

        try:
            _related = d.pop("related", UNSET)
            related: NotificationRenderRequestRelated | Unset
            if isinstance(_related, Unset):
                related = UNSET
            else:
                related = NotificationRenderRequestRelated.from_dict(_related)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("related", error) from error

        try:
            _stamp = d.pop("stamp", UNSET)
            stamp: NotificationRenderRequestStamp | Unset
            if isinstance(_stamp, Unset):
                stamp = UNSET
            else:
                stamp = NotificationRenderRequestStamp.from_dict(_stamp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("stamp", error) from error

        notification_render_request = cls(
            receiver=receiver,
            related=related,
            stamp=stamp,
        )

        notification_render_request.additional_properties = d
        return notification_render_request

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
