from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.notification_execution_data import NotificationExecutionData
    from ..models.notification_execution_recipient import NotificationExecutionRecipient
    from ..models.notification_execution_variables_item import (
        NotificationExecutionVariablesItem,
    )
    from ..models.stamp import Stamp
    from ..models.typed_object import TypedObject


T = TypeVar("T", bound="NotificationExecution")


@_attrs_define
class NotificationExecution:
    """One execution of a notification for one recipient, with optional overrides.

    Attributes:
        recipient (NotificationExecutionRecipient | Unset): The contact that receives the notification.
        title (str | Unset):
        body (str | Unset):
        icon (str | Unset):
        thumbnail (str | Unset):
        image (str | Unset):
        data (NotificationExecutionData | Unset):
        variables (list[NotificationExecutionVariablesItem] | Unset): Values used to render the views.
        redirection (TypedObject | Unset):
        channel (TypedObject | Unset):
        stamp (Stamp | Unset):
        urgent (bool | Unset):
    """

    recipient: NotificationExecutionRecipient | Unset = UNSET
    title: str | Unset = UNSET
    body: str | Unset = UNSET
    icon: str | Unset = UNSET
    thumbnail: str | Unset = UNSET
    image: str | Unset = UNSET
    data: NotificationExecutionData | Unset = UNSET
    variables: list[NotificationExecutionVariablesItem] | Unset = UNSET
    redirection: TypedObject | Unset = UNSET
    channel: TypedObject | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    urgent: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        title = self.title

        body = self.body

        icon = self.icon

        thumbnail = self.thumbnail

        image = self.image

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        redirection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.redirection, Unset):
            redirection = self.redirection.to_dict()

        channel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        urgent = self.urgent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
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
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if redirection is not UNSET:
            field_dict["redirection"] = redirection
        if channel is not UNSET:
            field_dict["channel"] = channel
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if urgent is not UNSET:
            field_dict["urgent"] = urgent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_execution_data import NotificationExecutionData
        from ..models.notification_execution_recipient import (
            NotificationExecutionRecipient,
        )
        from ..models.notification_execution_variables_item import (
            NotificationExecutionVariablesItem,
        )
        from ..models.stamp import Stamp
        from ..models.typed_object import TypedObject

        d = dict(src_dict)
        try:
            _recipient = d.pop("recipient", UNSET)
            recipient: NotificationExecutionRecipient | Unset
            if isinstance(_recipient, Unset):
                recipient = UNSET
            else:
                recipient = NotificationExecutionRecipient.from_dict(_recipient)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("recipient", error) from error

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

        try:
            _data = d.pop("data", UNSET)
            data: NotificationExecutionData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = NotificationExecutionData.from_dict(_data)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("data", error) from error

        try:
            _variables = d.pop("variables", UNSET)
            variables: list[NotificationExecutionVariablesItem] | Unset = UNSET
            if _variables is not UNSET:
                variables = []
                for variables_item_data in _variables:
                    variables_item = NotificationExecutionVariablesItem.from_dict(
                        variables_item_data
                    )

                    variables.append(variables_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("variables", error) from error

        try:
            _redirection = d.pop("redirection", UNSET)
            redirection: TypedObject | Unset
            if isinstance(_redirection, Unset):
                redirection = UNSET
            else:
                redirection = TypedObject.from_dict(_redirection)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("redirection", error) from error

        try:
            _channel = d.pop("channel", UNSET)
            channel: TypedObject | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                channel = TypedObject.from_dict(_channel)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("channel", error) from error

        try:
            _stamp = d.pop("stamp", UNSET)
            stamp: Stamp | Unset
            if isinstance(_stamp, Unset):
                stamp = UNSET
            else:
                stamp = Stamp.from_dict(_stamp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("stamp", error) from error

        try:
            urgent = d.pop("urgent", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("urgent", error) from error

        notification_execution = cls(
            recipient=recipient,
            title=title,
            body=body,
            icon=icon,
            thumbnail=thumbnail,
            image=image,
            data=data,
            variables=variables,
            redirection=redirection,
            channel=channel,
            stamp=stamp,
            urgent=urgent,
        )

        notification_execution.additional_properties = d
        return notification_execution

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
