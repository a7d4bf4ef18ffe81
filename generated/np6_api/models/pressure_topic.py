from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.change_stamp import ChangeStamp


T = TypeVar("T", bound="PressureTopic")


@_attrs_define
class PressureTopic:
    """
    Attributes:
        id (UUID):
        label (str):
        description (str | Unset):
        stamp (ChangeStamp | Unset): Creation and last modification instants.
        created_by (str | Unset):
        modified_by (str | Unset):
    """

    id: UUID
    label: str
    description: str | Unset = UNSET
    stamp: ChangeStamp | Unset = UNSET
    created_by: str | Unset = UNSET
    modified_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        label = self.label

        description = self.description

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        created_by = self.created_by

        modified_by = self.modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if modified_by is not UNSET:
            field_dict["modifiedBy"] = modified_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.change_stamp import ChangeStamp

        d = dict(src_dict)
        try:
            id = UUID(d.pop("id"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            label = d.pop("label")
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("label", error) from error

        try:
            description = d.pop("description", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("description", error) from error

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
            created_by = d.pop("createdBy", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("createdBy", error) from error

        try:
            modified_by = d.pop("modifiedBy", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("modifiedBy", error) from error

        pressure_topic = cls(
            id=id,
            label=label,
            description=description,
            stamp=stamp,
            created_by=created_by,
            modified_by=modified_by,
        )

        pressure_topic.additional_properties = d
        return pressure_topic

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
