from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.notification_render_result_meta_stamp import (
        NotificationRenderResultMetaStamp,
    )


T = TypeVar("T", bound="NotificationRenderResultMeta")


@_attrs_define
class NotificationRenderResultMeta:
    """
    Attributes:
        notification (int | Unset):
        version (UUID | Unset):
        application (UUID | Unset):
        subscription (UUID | Unset):
        stamp (NotificationRenderResultMetaStamp | Unset):
        channel (str | Unset):
        redirection (str | Unset):
    """

    notification: int | Unset = UNSET
    version: UUID | Unset = UNSET
    application: UUID | Unset = UNSET
    subscription: UUID | Unset = UNSET
    stamp: NotificationRenderResultMetaStamp | Unset = UNSET
    channel: str | Unset = UNSET
    redirection: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification = self.notification

        version: str | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = str(self.version)

        application: str | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = str(self.application)

        subscription: str | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = str(self.subscription)

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        channel = self.channel

        redirection = self.redirection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification is not UNSET:
            field_dict["notification"] = notification
        if version is not UNSET:
            field_dict["version"] = version
        if application is not UNSET:
            field_dict["application"] = application
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if channel is not UNSET:
            field_dict["channel"] = channel
        if redirection is not UNSET:
            field_dict["redirection"] = redirection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_render_result_meta_stamp import (
            NotificationRenderResultMetaStamp,
        )

        d = dict(src_dict)
        try:
            notification = d.pop("notification", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("notification", error) from error

        try:
            _version = d.pop("version", UNSET)
            version: UUID | Unset
            if isinstance(_version, Unset):
                version = UNSET
            else:
                version = UUID(_version)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("version", error) from error

        try:
            _application = d.pop("application", UNSET)
            application: UUID | Unset
            if isinstance(_application, Unset):
                application = UNSET
            else:
                application = UUID(_application)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("application", error) from error

        try:
            _subscription = d.pop("subscription", UNSET)
            subscription: UUID | Unset
            if isinstance(_subscription, Unset):
                subscription = UNSET
            else:
                subscription = UUID(_subscription)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("subscription", error) from error

        try:
            _stamp = d.pop("stamp", UNSET)
            stamp: NotificationRenderResultMetaStamp | Unset
            if isinstance(_stamp, Unset):
                stamp = UNSET
            else:
                stamp = NotificationRenderResultMetaStamp.from_dict(_stamp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("stamp", error) from error

        try:
            channel = d.pop("channel", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("channel", error) from error

        try:
            redirection = d.pop("redirection", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("redirection", error) from error

        notification_render_result_meta = cls(
            notification=notification,
            version=version,
            application=application,
            subscription=subscription,
            stamp=stamp,
            channel=channel,
            redirection=redirection,
        )

        notification_render_result_meta.additional_properties = d
        return notification_render_result_meta

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
