from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_node_event_data import WorkflowNodeEventData
    from ..models.workflow_node_event_value import WorkflowNodeEventValue


T = TypeVar("T", bound="WorkflowNodeEvent")


@_attrs_define
class WorkflowNodeEvent:
    """
    Attributes:
        type_ (str | Unset):
        value (WorkflowNodeEventValue | Unset): A literal expression.
        data (WorkflowNodeEventData | Unset):
    """

    type_: str | Unset = UNSET
    value: WorkflowNodeEventValue | Unset = UNSET
    data: WorkflowNodeEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_node_event_data import WorkflowNodeEventData
        from ..models.workflow_node_event_value import WorkflowNodeEventValue

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _value = d.pop("value", UNSET)
            value: WorkflowNodeEventValue | Unset
            if isinstance(_value, Unset):
                value = UNSET
            else:
                value = WorkflowNodeEventValue.from_dict(_value)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("value", error) from error

        try:
            _data = d.pop("data", UNSET)
            data: WorkflowNodeEventData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = WorkflowNodeEventData.from_dict(_data)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("data", error) from error

        workflow_node_event = cls(
            type_=type_,
            value=value,
            data=data,
        )

        workflow_node_event.additional_properties = d
        return workflow_node_event

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
