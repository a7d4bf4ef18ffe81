from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.typed_object import TypedObject


T = TypeVar("T", bound="ActionEvent")


@_attrs_define
class ActionEvent:
    """One event of an action (activation, bounce, hit, ...).

    Attributes:
        id (UUID):
        timestamp (int): Milliseconds since 1970-01-01T00:00:00Z.
        type_ (str | Unset):
        identity (TypedObject | Unset):
        source (TypedObject | Unset):
    """

    id: UUID
    timestamp: int
    type_: str | Unset = UNSET
    identity: TypedObject | Unset = UNSET
    source: TypedObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        timestamp = self.timestamp

        type_ = self.type_

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timestamp": timestamp,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if identity is not UNSET:
            field_dict["identity"] = identity
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.typed_object import TypedObject

        d = dict(src_dict)
        try:
            id = UUID(d.pop("id"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            timestamp = d.pop("timestamp")
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("timestamp", error) from error

        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _identity = d.pop("identity", UNSET)
            identity: TypedObject | Unset
            if isinstance(_identity, Unset):
                identity = UNSET
            else:
                identity = TypedObject.from_dict(_identity)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("identity", error) from error

        try:
            _source = d.pop("source", UNSET)
            source: TypedObject | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = TypedObject.from_dict(_source)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("source", error) from error

        action_event = cls(
            id=id,
            timestamp=timestamp,
            type_=type_,
            identity=identity,
            source=source,
        )

        action_event.additional_properties = d
        return action_event

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
