from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.field_constraint import FieldConstraint


T = TypeVar("T", bound="Field")


@_attrs_define
class Field:
    """
    Attributes:
        type_ (str | Unset):
        id (int | Unset):
        name (str | Unset):
        is_unicity (bool | Unset):
        is_mandatory (bool | Unset):
        is_criterion (bool | Unset): Whether the field is a segmentation criterion.
        constraint (FieldConstraint | Unset):
        value_list_id (int | Unset):
    """

    type_: str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    is_unicity: bool | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    is_criterion: bool | Unset = UNSET
    constraint: FieldConstraint | Unset = UNSET
    value_list_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        is_unicity = self.is_unicity

        is_mandatory = self.is_mandatory

        is_criterion = self.is_criterion

        constraint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.constraint, Unset):
            constraint = self.constraint.to_dict()

        value_list_id = self.value_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if is_unicity is not UNSET:
            field_dict["isUnicity"] = is_unicity
        if is_mandatory is not UNSET:
            field_dict["isMandatory"] = is_mandatory
        if is_criterion is not UNSET:
            field_dict["isCriterion"] = is_criterion
        if constraint is not UNSET:
            field_dict["constraint"] = constraint
        if value_list_id is not UNSET:
            field_dict["valueListId"] = value_list_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_constraint import FieldConstraint

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
            is_unicity = d.pop("isUnicity", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("isUnicity", error) from error

        try:
            is_mandatory = d.pop("isMandatory", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("isMandatory", error) from error

        try:
            is_criterion = d.pop("isCriterion", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("isCriterion", error) from error

        try:
            _constraint = d.pop("constraint", UNSET)
            constraint: FieldConstraint | Unset
            if isinstance(_constraint, Unset):
                constraint = UNSET
            else:
                constraint = FieldConstraint.from_dict(_constraint)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("constraint", error) from error

        try:
            value_list_id = d.pop("valueListId", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("valueListId", error) from error

        field = cls(
            type_=type_,
            id=id,
            name=name,
            is_unicity=is_unicity,
            is_mandatory=is_mandatory,
            is_criterion=is_criterion,
            constraint=constraint,
            value_list_id=value_list_id,
        )

        field.additional_properties = d
        return field

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
