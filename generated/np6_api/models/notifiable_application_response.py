from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.change_stamp import ChangeStamp
    from ..models.notifiable_application_routes_item import (
        NotifiableApplicationRoutesItem,
    )
    from ..models.typed_object import TypedObject


T = TypeVar("T", bound="NotifiableApplicationResponse")


@_attrs_define
class NotifiableApplicationResponse:
    """A mobile application as NP6 returns it.

    Attributes:
        id (UUID):
        name (str):
        type_ (str | Unset):
        description (str | Unset):
        active (bool | Unset):
        stamp (ChangeStamp | Unset): Creation and last modification instants.
        icon (None | str | Unset):
        providers (list[TypedObject] | Unset):
        routes (list[NotifiableApplicationRoutesItem] | Unset):
        channels (Any | Unset):
    """

    id: UUID
    name: str
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    active: bool | Unset = UNSET
    stamp: ChangeStamp | Unset = UNSET
    icon: None | str | Unset = UNSET
    providers: list[TypedObject] | Unset = UNSET
    routes: list[NotifiableApplicationRoutesItem] | Unset = UNSET
    channels: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_ = self.type_

        description = self.description

        active = self.active

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        icon: None | str | Unset
        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        providers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.providers, Unset):
            providers = []
            for providers_item_data in self.providers:
                providers_item = providers_item_data.to_dict()
                providers.append(providers_item)

        routes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.routes, Unset):
            routes = []
            for routes_item_data in self.routes:
                routes_item = routes_item_data.to_dict()
                routes.append(routes_item)

        channels = self.channels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if active is not UNSET:
            field_dict["active"] = active
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if icon is not UNSET:
            field_dict["icon"] = icon
        if providers is not UNSET:
            field_dict["providers"] = providers
        if routes is not UNSET:
            field_dict["routes"] = routes
        if channels is not UNSET:
            field_dict["channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.change_stamp import ChangeStamp
        from ..models.notifiable_application_routes_item import (
            NotifiableApplicationRoutesItem,
        )
        from ..models.typed_object import TypedObject

        d = dict(src_dict)
        try:
            id = UUID(d.pop("id"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            name = d.pop("name")
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("name", error) from error

        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            description = d.pop("description", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("description", error) from error

        try:
            active = d.pop("active", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("active", error) from error

        try:
            _stamp = d.pop("stamp", UNSET)
            stamp: ChangeStamp | Unset
            if isinstance(_stamp, Unset):
                stamp = UNSET
            else:
                stamp = ChangeStamp.from_dict(_stamp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("stamp", error) from error

        try:

            def _parse_icon(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            icon = _parse_icon(d.pop("icon", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("icon", error) from error

        try:
            _providers = d.pop("providers", UNSET)
            providers: list[TypedObject] | Unset = UNSET
            if _providers is not UNSET:
                providers = []
                for providers_item_data in _providers:
                    providers_item = TypedObject.from_dict(providers_item_data)

                    providers.append(providers_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("providers", error) from error

        try:
            _routes = d.pop("routes", UNSET)
            routes: list[NotifiableApplicationRoutesItem] | Unset = UNSET
            if _routes is not UNSET:
                routes = []
                for routes_item_data in _routes:
                    routes_item = NotifiableApplicationRoutesItem.from_dict(
                        routes_item_data
                    )

                    routes.append(routes_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("routes", error) from error

        try:
            channels = d.pop("channels", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("channels", error) from error

        notifiable_application_response = cls(
            id=id,
            name=name,
            type_=type_,
            description=description,
            active=active,
            stamp=stamp,
            icon=icon,
            providers=providers,
            routes=routes,
            channels=channels,
        )

        notifiable_application_response.additional_properties = d
        return notifiable_application_response

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
