from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.webtask_scripting import WebtaskScripting
    from ..models.webtask_settings import WebtaskSettings


T = TypeVar("T", bound="Webtask")


@_attrs_define
class Webtask:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        creation_date (datetime.datetime | Unset):
        scripting (WebtaskScripting | Unset):
        settings (WebtaskSettings | Unset):
        value (str | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    scripting: WebtaskScripting | Unset = UNSET
    settings: WebtaskSettings | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        scripting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scripting, Unset):
            scripting = self.scripting.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if scripting is not UNSET:
            field_dict["scripting"] = scripting
        if settings is not UNSET:
            field_dict["settings"] = settings
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webtask_scripting import WebtaskScripting
        from ..models.webtask_settings import WebtaskSettings

        d = dict(src_dict)
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
            _creation_date = d.pop("creationDate", UNSET)
            creation_date: datetime.datetime | Unset
            if isinstance(_creation_date, Unset):
                creation_date = UNSET
            else:
                creation_date = datetime.datetime.fromisoformat(_creation_date)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("creationDate", error) from error

        try:
            _scripting = d.pop("scripting", UNSET)
            scripting: WebtaskScripting | Unset
            if isinstance(_scripting, Unset):
                scripting = UNSET
            else:
                scripting = WebtaskScripting.from_dict(_scripting)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("scripting", error) from error

        try:
            _settings = d.pop("settings", UNSET)
            settings: WebtaskSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = WebtaskSettings.from_dict(_settings)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("settings", error) from error

        try:
            value = d.pop("value", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("value", error) from error

        webtask = cls(
            id=id,
            name=name,
            description=description,
            creation_date=creation_date,
            scripting=scripting,
            settings=settings,
            value=value,
        )

        webtask.additional_properties = d
        return webtask

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
