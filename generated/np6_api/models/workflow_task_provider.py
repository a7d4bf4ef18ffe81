from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_task_provider_projection import (
        WorkflowTaskProviderProjection,
    )
    from ..models.workflow_task_provider_value import WorkflowTaskProviderValue


T = TypeVar("T", bound="WorkflowTaskProvider")


@_attrs_define
class WorkflowTaskProvider:
    """
    Attributes:
        type_ (str | Unset):
        value (WorkflowTaskProviderValue | Unset): The underlying search.
        projection (WorkflowTaskProviderProjection | Unset): Context data.
    """

    type_: str | Unset = UNSET
    value: WorkflowTaskProviderValue | Unset = UNSET
    projection: WorkflowTaskProviderProjection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        projection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.projection, Unset):
            projection = self.projection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if projection is not UNSET:
            field_dict["projection"] = projection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_task_provider_projection import (
            WorkflowTaskProviderProjection,
        )
        from ..models.workflow_task_provider_value import WorkflowTaskProviderValue

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _value = d.pop("value", UNSET)
            value: WorkflowTaskProviderValue | Unset
            if isinstance(_value, Unset):
                value = UNSET
            else:
                value = WorkflowTaskProviderValue.from_dict(_value)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("value", error) from error

        try:
            _projection = d.pop("projection", UNSET)
            projection: WorkflowTaskProviderProjection | Unset
            if isinstance(_projection, Unset):
                projection = UNSET
            else:
                projection = WorkflowTaskProviderProjection.from_dict(_projection)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("projection", error) from error

        workflow_task_provider = cls(
            type_=type_,
            value=value,
            projection=projection,
        )

        workflow_task_provider.additional_properties = d
        return workflow_task_provider

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
