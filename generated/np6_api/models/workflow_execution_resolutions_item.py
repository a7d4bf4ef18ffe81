from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_execution_resolutions_item_value import (
        WorkflowExecutionResolutionsItemValue,
    )


T = TypeVar("T", bound="WorkflowExecutionResolutionsItem")


@_attrs_define
class WorkflowExecutionResolutionsItem:
    """
    Attributes:
        key (str | Unset):
        value (WorkflowExecutionResolutionsItemValue | Unset):
    """

    key: str | Unset = UNSET
    value: WorkflowExecutionResolutionsItemValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_execution_resolutions_item_value import (
            WorkflowExecutionResolutionsItemValue,
        )

        d = dict(src_dict)
        try:
            key = d.pop("key", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("key", error) from error

        try:
            _value = d.pop("value", UNSET)
            value: WorkflowExecutionResolutionsItemValue | Unset
            if isinstance(_value, Unset):
                value = UNSET
            else:
                value = WorkflowExecutionResolutionsItemValue.from_dict(_value)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("value", error) from error

        workflow_execution_resolutions_item = cls(
            key=key,
            value=value,
        )

        workflow_execution_resolutions_item.additional_properties = d
        return workflow_execution_resolutions_item

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
