from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_constraint_operator import FieldConstraintOperator
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="FieldConstraint")


@_attrs_define
class FieldConstraint:
    """
    Attributes:
        operator (FieldConstraintOperator | Unset):
        value (str | Unset):
    """

    operator: FieldConstraintOperator | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: int | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _operator = d.pop("operator", UNSET)
            operator: FieldConstraintOperator | Unset
            if isinstance(_operator, Unset):
                operator = UNSET
            else:
                operator = FieldConstraintOperator(_operator)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("operator", error) from error

        try:
            value = d.pop("value", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("value", error) from error

        field_constraint = cls(
            operator=operator,
            value=value,
        )

        field_constraint.additional_properties = d
        return field_constraint

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
