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
        id (str):
        sending_date (datetime.datetime):
        expires_on (datetime.datetime):
        action (str | Unset): Id of the action that produced the message.
        target (str | Unset): Id of the target that received it.
        url (str | Unset): Where the archive can be downloaded until expiresOn.
    """

    id: str
    sending_date: datetime.datetime
    expires_on: datetime.datetime
    action: str | Unset = UNSET
    target: str | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sending_date = self.sending_date.isoformat()

        expires_on = self.expires_on.isoformat()

        action = self.action

        target = self.target

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sendingDate": sending_date,
                "expiresOn": expires_on,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if target is not UNSET:
            field_dict["target"] = target
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            id = d.pop("id")
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            sending_date = datetime.datetime.fromisoformat(d.pop("sendingDate"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("sendingDate", error) from error

        try:
            expires_on = datetime.datetime.fromisoformat(d.pop("expiresOn"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("expiresOn", error) from error

        try:
            action = d.pop("action", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("action", error) from error

        try:
            target = d.pop("target", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("target", error) from error

        try:
            url = d.pop("url", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("url", error) from error

        archive = cls(
            id=id,
            sending_date=sending_date,
            expires_on=expires_on,
            action=action,
            target=target,
            url=url,
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
