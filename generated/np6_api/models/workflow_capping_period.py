from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_capping_period_unit import WorkflowCappingPeriodUnit
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="WorkflowCappingPeriod")


@_attrs_define
class WorkflowCappingPeriod:
    """
    Attributes:
        type_ (str | Unset):
        unit (WorkflowCappingPeriodUnit | Unset):
        value (int | Unset):
    """

    type_: str | Unset = UNSET
    unit: WorkflowCappingPeriodUnit | Unset = UNSET
    value: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _unit = d.pop("unit", UNSET)
            unit: WorkflowCappingPeriodUnit | Unset
            if isinstance(_unit, Unset):
                unit = UNSET
            else:
                unit = WorkflowCappingPeriodUnit(_unit)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("unit", error) from error

        try:
            value = d.pop("value", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("value", error) from error

        workflow_capping_period = cls(
            type_=type_,
            unit=unit,
            value=value,
        )

        workflow_capping_period.additional_properties = d
        return workflow_capping_period

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
