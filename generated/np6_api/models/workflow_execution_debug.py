from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_execution_debug_nodes_item import (
        WorkflowExecutionDebugNodesItem,
    )


T = TypeVar("T", bound="WorkflowExecutionDebug")


@_attrs_define
class WorkflowExecutionDebug:
    """
    Attributes:
        version (str | Unset):
        id (str | Unset):
        ttl (int | Unset): Maximum number of nodes to run.
        nodes (list[WorkflowExecutionDebugNodesItem] | Unset):
    """

    version: str | Unset = UNSET
    id: str | Unset = UNSET
    ttl: int | Unset = UNSET
    nodes: list[WorkflowExecutionDebugNodesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        id = self.id

        ttl = self.ttl

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if id is not UNSET:
            field_dict["id"] = id
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if nodes is not UNSET:
            field_dict["nodes"] = nodes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_execution_debug_nodes_item import (
            WorkflowExecutionDebugNodesItem,
        )

        d = dict(src_dict)
        try:
            version = d.pop("version", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("version", error) from error

        try:
            id = d.pop("id", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            ttl = d.pop("ttl", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("ttl", error) from error

        try:
            _nodes = d.pop("nodes", UNSET)
            nodes: list[WorkflowExecutionDebugNodesItem] | Unset = UNSET
            if _nodes is not UNSET:
                nodes = []
                for nodes_item_data in _nodes:
                    nodes_item = WorkflowExecutionDebugNodesItem.from_dict(
                        nodes_item_data
                    )

                    nodes.append(nodes_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("nodes", error) from error

        workflow_execution_debug = cls(
            version=version,
            id=id,
            ttl=ttl,
            nodes=nodes,
        )

        workflow_execution_debug.additional_properties = d
        return workflow_execution_debug

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
