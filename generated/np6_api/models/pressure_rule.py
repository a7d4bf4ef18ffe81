from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.change_stamp import ChangeStamp
    from ..models.pressure_rule_predicate import PressureRulePredicate


T = TypeVar("T", bound="PressureRule")


@_attrs_define
class PressureRule:
    """
    Attributes:
        id (UUID | Unset):
        label (str | Unset):
        predicate (PressureRulePredicate | Unset):
        stamp (ChangeStamp | Unset): Creation and last modification instants.
        created_by (str | Unset):
        modified_by (str | Unset):
    """

    id: UUID | Unset = UNSET
    label: str | Unset = UNSET
    predicate: PressureRulePredicate | Unset = UNSET
    stamp: ChangeStamp | Unset = UNSET
    created_by: str | Unset = UNSET
    modified_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        label = self.label

        predicate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.predicate, Unset):
            predicate = self.predicate.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        created_by = self.created_by

        modified_by = self.modified_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if predicate is not UNSET:
            field_dict["predicate"] = predicate
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
        from ..models.pressure_rule_predicate import PressureRulePredicate

        d = dict(src_dict)
        try:
            _id = d.pop("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            label = d.pop("label", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("label", error) from error

        try:
            _predicate = d.pop("predicate", UNSET)
            predicate: PressureRulePredicate | Unset
            if isinstance(_predicate, Unset):
                predicate = UNSET
            else:
                predicate = PressureRulePredicate.from_dict(_predicate)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("predicate", error) from error

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

        pressure_rule = cls(
            id=id,
            label=label,
            predicate=predicate,
            stamp=stamp,
            created_by=created_by,
            modified_by=modified_by,
        )

        pressure_rule.additional_properties = d
        return pressure_rule

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
