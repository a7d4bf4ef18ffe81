from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.receiver import Receiver
    from ..models.stamp import Stamp
    from ..models.workflow_execution_data import WorkflowExecutionData
    from ..models.workflow_execution_debug import WorkflowExecutionDebug
    from ..models.workflow_execution_event import WorkflowExecutionEvent
    from ..models.workflow_execution_resolutions_item import (
        WorkflowExecutionResolutionsItem,
    )
    from ..models.workflow_execution_state import WorkflowExecutionState
    from ..models.workflow_execution_variables_item import (
        WorkflowExecutionVariablesItem,
    )


T = TypeVar("T", bound="WorkflowExecution")


@_attrs_define
class WorkflowExecution:
    """One execution of a workflow for one receiver.

    Attributes:
        id (str | Unset): Id of the execution.
        receiver (Receiver | Unset):
        node (str | Unset): The node to start from.
        event (WorkflowExecutionEvent | Unset):
        state (WorkflowExecutionState | Unset): Internal state.
        data (WorkflowExecutionData | Unset):
        variables (list[WorkflowExecutionVariablesItem] | Unset):
        resolutions (list[WorkflowExecutionResolutionsItem] | Unset):
        debug (WorkflowExecutionDebug | Unset):
        stamp (Stamp | Unset):
    """

    id: str | Unset = UNSET
    receiver: Receiver | Unset = UNSET
    node: str | Unset = UNSET
    event: WorkflowExecutionEvent | Unset = UNSET
    state: WorkflowExecutionState | Unset = UNSET
    data: WorkflowExecutionData | Unset = UNSET
    variables: list[WorkflowExecutionVariablesItem] | Unset = UNSET
    resolutions: list[WorkflowExecutionResolutionsItem] | Unset = UNSET
    debug: WorkflowExecutionDebug | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = self.receiver.to_dict()

        node = self.node

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        state: dict[str, Any] | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        resolutions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resolutions, Unset):
            resolutions = []
            for resolutions_item_data in self.resolutions:
                resolutions_item = resolutions_item_data.to_dict()
                resolutions.append(resolutions_item)

        debug: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debug, Unset):
            debug = self.debug.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if node is not UNSET:
            field_dict["node"] = node
        if event is not UNSET:
            field_dict["event"] = event
        if state is not UNSET:
            field_dict["state"] = state
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if resolutions is not UNSET:
            field_dict["resolutions"] = resolutions
        if debug is not UNSET:
            field_dict["debug"] = debug
        if stamp is not UNSET:
            field_dict["stamp"] = stamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.receiver import Receiver
        from ..models.stamp import Stamp
        from ..models.workflow_execution_data import WorkflowExecutionData
        from ..models.workflow_execution_debug import WorkflowExecutionDebug
        from ..models.workflow_execution_event import WorkflowExecutionEvent
        from ..models.workflow_execution_resolutions_item import (
            WorkflowExecutionResolutionsItem,
        )
        from ..models.workflow_execution_state import WorkflowExecutionState
        from ..models.workflow_execution_variables_item import (
            WorkflowExecutionVariablesItem,
        )

        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            _receiver = d.pop("receiver", UNSET)
            receiver: Receiver | Unset
            if isinstance(_receiver, Unset):
                receiver = UNSET
            else:
                receiver = Receiver.from_dict(_receiver)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("receiver", error) from error

        try:
            node = d.pop("node", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("node", error) from error

        try:
            _event = d.pop("event", UNSET)
            event: WorkflowExecutionEvent | Unset
            if isinstance(_event, Unset):
                event = UNSET
            else:
                event = WorkflowExecutionEvent.from_dict(_event)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("event", error) from error

        try:
            _state = d.pop("state", UNSET)
            state: WorkflowExecutionState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = WorkflowExecutionState.from_dict(_state)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("state", error) from error

        try:
            _data = d.pop("data", UNSET)
            data: WorkflowExecutionData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = WorkflowExecutionData.from_dict(_data)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("data", error) from error

        try:
            _variables = d.pop("variables", UNSET)
            variables: list[WorkflowExecutionVariablesItem] | Unset = UNSET
            if _variables is not UNSET:
                variables = []
                for variables_item_data in _variables:
                    variables_item = WorkflowExecutionVariablesItem.from_dict(
                        variables_item_data
                    )

                    variables.append(variables_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("variables", error) from error

        try:
            _resolutions = d.pop("resolutions", UNSET)
            resolutions: list[WorkflowExecutionResolutionsItem] | Unset = UNSET
            if _resolutions is not UNSET:
                resolutions = []
                for resolutions_item_data in _resolutions:
                    resolutions_item = WorkflowExecutionResolutionsItem.from_dict(
                        resolutions_item_data
                    )

                    resolutions.append(resolutions_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("resolutions", error) from error

        try:
            _debug = d.pop("debug", UNSET)
            debug: WorkflowExecutionDebug | Unset
            if isinstance(_debug, Unset):
                debug = UNSET
            else:
                debug = WorkflowExecutionDebug.from_dict(_debug)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("debug", error) from error

        try:
            _stamp = d.pop("stamp", UNSET)
            stamp: Stamp | Unset
            if isinstance(_stamp, Unset):
                stamp = UNSET
            else:
                stamp = Stamp.from_dict(_stamp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("stamp", error) from error

        workflow_execution = cls(
            id=id,
            receiver=receiver,
            node=node,
            event=event,
            state=state,
            data=data,
            variables=variables,
            resolutions=resolutions,
            debug=debug,
            stamp=stamp,
        )

        workflow_execution.additional_properties = d
        return workflow_execution

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
