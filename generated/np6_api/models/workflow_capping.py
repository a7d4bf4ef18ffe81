from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_capping_key import WorkflowCappingKey
    from ..models.workflow_capping_period import WorkflowCappingPeriod


T = TypeVar("T", bound="WorkflowCapping")


@_attrs_define
class WorkflowCapping:
    """A capping rule of a workflow.

    Attributes:
        key (WorkflowCappingKey | Unset):
        increment (int | Unset):
        threshold (int | Unset):
        period (WorkflowCappingPeriod | Unset):
        nodes (list[str] | Unset): Ids of the capped nodes.
    """

    key: WorkflowCappingKey | Unset = UNSET
    increment: int | Unset = UNSET
    threshold: int | Unset = UNSET
    period: WorkflowCappingPeriod | Unset = UNSET
    nodes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.key, Unset):
            key = self.key.to_dict()

        increment = self.increment

        threshold = self.threshold

        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        nodes: list[str] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = self.nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if increment is not UNSET:
            field_dict["increment"] = increment
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if period is not UNSET:
            field_dict["period"] = period
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_capping_key import WorkflowCappingKey
        from ..models.workflow_capping_period import WorkflowCappingPeriod

        d = dict(src_dict)
        try:
            _key = d.pop("key", UNSET)
            key: WorkflowCappingKey | Unset
            if isinstance(_key, Unset):
                key = UNSET
            else:
                key = WorkflowCappingKey.from_dict(_key)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("key", error) from error

        try:
            increment = d.pop("increment", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("increment", error) from error

        try:
            threshold = d.pop("threshold", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("threshold", error) from error

        try:
            _period = d.pop("period", UNSET)
            period: WorkflowCappingPeriod | Unset
            if isinstance(_period, Unset):
                period = UNSET
            else:
                period = WorkflowCappingPeriod.from_dict(_period)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("period", error) from error

        try:
            nodes = cast(list[str], d.pop("nodes", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("nodes", error) from error

        workflow_capping = cls(
            key=key,
            increment=increment,
            threshold=threshold,
            period=period,
            nodes=nodes,
        )

        workflow_capping.additional_properties = d
        return workflow_capping

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
