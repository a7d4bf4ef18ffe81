from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_node_wait_type import WorkflowNodeWaitType
from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_node_event import WorkflowNodeEvent
    from ..models.workflow_node_flow import WorkflowNodeFlow
    from ..models.workflow_node_wait_settings import WorkflowNodeWaitSettings


T = TypeVar("T", bound="WorkflowNodeWait")


@_attrs_define
class WorkflowNodeWait:
    """A workflow node of type wait.

    Attributes:
        type_ (WorkflowNodeWaitType):  Default: WorkflowNodeWaitType.WAIT.
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        default (bool | Unset): Whether the node can be an entry point.
        settings (WorkflowNodeWaitSettings | Unset):
        next_ (str | Unset): Id of the next node.
        event (WorkflowNodeEvent | Unset):
        flow (WorkflowNodeFlow | Unset):
    """

    type_: WorkflowNodeWaitType = WorkflowNodeWaitType.WAIT
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    default: bool | Unset = UNSET
    settings: WorkflowNodeWaitSettings | Unset = UNSET
    next_: str | Unset = UNSET
    event: WorkflowNodeEvent | Unset = UNSET
    flow: WorkflowNodeFlow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        name = self.name

        description = self.description

        default = self.default

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        next_ = self.next_

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        flow: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = self.flow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if default is not UNSET:
            field_dict["default"] = default
        if settings is not UNSET:
            field_dict["settings"] = settings
        if next_ is not UNSET:
            field_dict["next"] = next_
        if event is not UNSET:
            field_dict["event"] = event
        if flow is not UNSET:
            field_dict["flow"] = flow

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_node_event import WorkflowNodeEvent
        from ..models.workflow_node_flow import WorkflowNodeFlow
        from ..models.workflow_node_wait_settings import WorkflowNodeWaitSettings

        d = dict(src_dict)
        try:
            type_ = WorkflowNodeWaitType(d.pop("type"))

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
            description = d.pop("description", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("description", error) from error

        try:
            default = d.pop("default", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("default", error) from error

        try:
            _settings = d.pop("settings", UNSET)
            settings: WorkflowNodeWaitSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = WorkflowNodeWaitSettings.from_dict(_settings)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("settings", error) from error

        try:
            next_ = d.pop("next", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("next", error) from error

        try:
            _event = d.pop("event", UNSET)
            event: WorkflowNodeEvent | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = WorkflowNodeEvent.from_dict(_event)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("event", error) from error

        try:
            _flow = d.pop("flow", UNSET)
            flow: WorkflowNodeFlow | Unset
            if isinstance(_flow, Unset):
                flow = UNSET
            else:
                flow = WorkflowNodeFlow.from_dict(_flow)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("flow", error) from error

        workflow_node_wait = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            default=default,
            settings=settings,
            next_=next_,
            event=event,
            flow=flow,
        )

        workflow_node_wait.additional_properties = d
        return workflow_node_wait

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
