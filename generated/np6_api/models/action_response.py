from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.action_content import ActionContent
    from ..models.action_informations import ActionInformations
    from ..models.email_action_settings import EmailActionSettings


T = TypeVar("T", bound="ActionResponse")


@_attrs_define
class ActionResponse:
    """A marketing action as NP6 returns it.

    Attributes:
        id (str):
        type_ (str | Unset):
        name (str | Unset):
        description (str | Unset):
        creation_date (datetime.datetime | Unset):
        informations (ActionInformations | Unset):
        settings (EmailActionSettings | Unset):
        content (ActionContent | Unset):
    """

    id: str
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    informations: ActionInformations | Unset = UNSET
    settings: EmailActionSettings | Unset = UNSET
    content: ActionContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        description = self.description

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        informations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.informations, Unset):
            informations = self.informations.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if informations is not UNSET:
            field_dict["informations"] = informations
        if settings is not UNSET:
            field_dict["settings"] = settings
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_content import ActionContent
        from ..models.action_informations import ActionInformations
        from ..models.email_action_settings import EmailActionSettings

        d = dict(src_dict)
        try:
            id = d.pop("id")
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

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
            _informations = d.pop("informations", UNSET)
            informations: ActionInformations | Unset
            if isinstance(_informations, Unset):
                informations = UNSET
            else:
                informations = ActionInformations.from_dict(_informations)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("informations", error) from error

        try:
            _settings = d.pop("settings", UNSET)
            settings: EmailActionSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = EmailActionSettings.from_dict(_settings)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("settings", error) from error

        try:
            _content = d.pop("content", UNSET)
            content: ActionContent | Unset
            if isinstance(_content, Unset):
                content = UNSET
            else:
                content = ActionContent.from_dict(_content)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("content", error) from error

        action_response = cls(
            id=id,
            type_=type_,
            name=name,
            description=description,
            creation_date=creation_date,
            informations=informations,
            settings=settings,
            content=content,
        )

        action_response.additional_properties = d
        return action_response

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
