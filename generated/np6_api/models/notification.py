from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.notification_settings import NotificationSettings
    from ..models.notification_stamp import NotificationStamp
    from ..models.notification_task import NotificationTask
    from ..models.notification_version import NotificationVersion


T = TypeVar("T", bound="Notification")


@_attrs_define
class Notification:
    """A push notification.

    Attributes:
        type_ (str | Unset): Kind of notification (seen value `push-app`; the full list is not documented).
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        stamp (NotificationStamp | Unset):
        active (bool | Unset): Whether the notification is online.
        settings (NotificationSettings | Unset):
        application (UUID | Unset): Id of the mobile application whose subscribers receive the notification.
        task (NotificationTask | Unset):
        versions (list[NotificationVersion] | Unset):
    """

    type_: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    stamp: NotificationStamp | Unset = UNSET
    active: bool | Unset = UNSET
    settings: NotificationSettings | Unset = UNSET
    application: UUID | Unset = UNSET
    task: NotificationTask | Unset = UNSET
    versions: list[NotificationVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        description = self.description

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        active = self.active

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        application: str | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = str(self.application)

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if active is not UNSET:
            field_dict["active"] = active
        if settings is not UNSET:
            field_dict["settings"] = settings
        if application is not UNSET:
            field_dict["application"] = application
        if task is not UNSET:
            field_dict["task"] = task
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_settings import NotificationSettings
        from ..models.notification_stamp import NotificationStamp
        from ..models.notification_task import NotificationTask
        from ..models.notification_version import NotificationVersion

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            id = d.pop("id", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            name = d.pop("name", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("name", error) from error

        try:
            description = d.pop("description", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("description", error) from error

        try:
            _stamp = d.pop("stamp", UNSET)
            stamp: NotificationStamp | Unset
            if isinstance(_stamp, Unset):
                stamp = UNSET
            else:
                stamp = NotificationStamp.from_dict(_stamp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("stamp", error) from error

        try:
            active = d.pop("active", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("active", error) from error

        try:
            _settings = d.pop("settings", UNSET)
            settings: NotificationSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = NotificationSettings.from_dict(_settings)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("settings", error) from error

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
            _task = d.pop("task", UNSET)
            task: NotificationTask | Unset
            if isinstance(_task, Unset):
                task = UNSET
            else:
                task = NotificationTask.from_dict(_task)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("task", error) from error

        try:
            _versions = d.pop("versions", UNSET)
            versions: list[NotificationVersion] | Unset = UNSET
            if _versions is not UNSET:
                versions = []
                for versions_item_data in _versions:
                    versions_item = NotificationVersion.from_dict(versions_item_data)

                    versions.append(versions_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("versions", error) from error

        notification = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            stamp=stamp,
            active=active,
            settings=settings,
            application=application,
            task=task,
            versions=versions,
        )

        notification.additional_properties = d
        return notification

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
