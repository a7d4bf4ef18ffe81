from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="Archive")


@_attrs_define
class Archive:
    """A stored copy of a sent message.

    Attributes:
        id (str | Unset):
        action (str | Unset): Id of the action that produced the message.
        target (str | Unset): Id of the target that received it.
        sending_date (datetime.datetime | Unset):
        url (str | Unset): Where the archive can be downloaded until expiresOn.
        expires_on (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    action: str | Unset = UNSET
    target: str | Unset = UNSET
    sending_date: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    expires_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        target = self.target

        sending_date: str | Unset = UNSET
        if not isinstance(self.sending_date, Unset):
            sending_date = self.sending_date.isoformat()

        url = self.url

        expires_on: str | Unset = UNSET
        if not isinstance(self.expires_on, Unset):
            expires_on = self.expires_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if action is not UNSET:
            field_dict["action"] = action
        if target is not UNSET:
            field_dict["target"] = target
        if sending_date is not UNSET:
            field_dict["sendingDate"] = sending_date
        if url is not UNSET:
            field_dict["url"] = url
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            action = d.pop("action", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("action", error) from error

        try:
            target = d.pop("target", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("target", error) from error

        try:
            _sending_date = d.pop("sendingDate", UNSET)
            sending_date: datetime.datetime | Unset
            if isinstance(_sending_date, Unset):
                sending_date = UNSET
            else:
                sending_date = datetime.datetime.fromisoformat(_sending_date)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("sendingDate", error) from error

        try:
            url = d.pop("url", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("url", error) from error

        try:
            _expires_on = d.pop("expiresOn", UNSET)
            expires_on: datetime.datetime | Unset
            if isinstance(_expires_on, Unset):
                expires_on = UNSET
            else:
                expires_on = datetime.datetime.fromisoformat(_expires_on)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("expiresOn", error) from error

        archive = cls(
            id=id,
            action=action,
            target=target,
            sending_date=sending_date,
            url=url,
            expires_on=expires_on,
        )

        archive.additional_properties = d
        return archive

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
