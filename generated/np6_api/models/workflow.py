from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_state import WorkflowState
from ..types import UNSET, Unset, field_error, parse_union, union_error

if TYPE_CHECKING:
    from ..models.workflow_capping import WorkflowCapping
    from ..models.workflow_listener import WorkflowListener
    from ..models.workflow_node_conditionaltimeslots import (
        WorkflowNodeConditionaltimeslots,
    )
    from ..models.workflow_node_data_explorer_v2_match import (
        WorkflowNodeDataExplorerV2Match,
    )
    from ..models.workflow_node_data_manager_pipeline import (
        WorkflowNodeDataManagerPipeline,
    )
    from ..models.workflow_node_data_table_pipeline import WorkflowNodeDataTablePipeline
    from ..models.workflow_node_if import WorkflowNodeIf
    from ..models.workflow_node_match import WorkflowNodeMatch
    from ..models.workflow_node_multipleslots import WorkflowNodeMultipleslots
    from ..models.workflow_node_np_6_notification_execution import (
        WorkflowNodeNp6NotificationExecution,
    )
    from ..models.workflow_node_publish import WorkflowNodePublish
    from ..models.workflow_node_request import WorkflowNodeRequest
    from ..models.workflow_node_sample import WorkflowNodeSample
    from ..models.workflow_node_script import WorkflowNodeScript
    from ..models.workflow_node_send_mail import WorkflowNodeSendMail
    from ..models.workflow_node_send_sms import WorkflowNodeSendSms
    from ..models.workflow_node_sendpushapp import WorkflowNodeSendpushapp
    from ..models.workflow_node_sleep import WorkflowNodeSleep
    from ..models.workflow_node_sms import WorkflowNodeSms
    from ..models.workflow_node_split import WorkflowNodeSplit
    from ..models.workflow_node_switch import WorkflowNodeSwitch
    from ..models.workflow_node_terminal import WorkflowNodeTerminal
    from ..models.workflow_node_update_target import WorkflowNodeUpdateTarget
    from ..models.workflow_node_wait import WorkflowNodeWait
    from ..models.workflow_node_wait_all import WorkflowNodeWaitAll
    from ..models.workflow_node_wait_kill import WorkflowNodeWaitKill
    from ..models.workflow_node_wait_race import WorkflowNodeWaitRace
    from ..models.workflow_scripting import WorkflowScripting
    from ..models.workflow_settings import WorkflowSettings
    from ..models.workflow_task import WorkflowTask


T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """A workflow.

    Attributes:
        id (int | Unset):
        name (str | Unset):
        description (str | Unset):
        state (WorkflowState | Unset):
        creation_date (datetime.datetime | Unset):
        update_date (datetime.datetime | Unset):
        scripting (WorkflowScripting | Unset):
        settings (WorkflowSettings | Unset):
        listeners (list[WorkflowListener] | Unset):
        capping (list[WorkflowCapping] | Unset):
        nodes (list[WorkflowNodeConditionaltimeslots | WorkflowNodeDataExplorerV2Match | WorkflowNodeDataManagerPipeline
            | WorkflowNodeDataTablePipeline | WorkflowNodeIf | WorkflowNodeMatch | WorkflowNodeMultipleslots |
            WorkflowNodeNp6NotificationExecution | WorkflowNodePublish | WorkflowNodeRequest | WorkflowNodeSample |
            WorkflowNodeScript | WorkflowNodeSendMail | WorkflowNodeSendpushapp | WorkflowNodeSendSms | WorkflowNodeSleep |
            WorkflowNodeSms | WorkflowNodeSplit | WorkflowNodeSwitch | WorkflowNodeTerminal | WorkflowNodeUpdateTarget |
            WorkflowNodeWait | WorkflowNodeWaitAll | WorkflowNodeWaitKill | WorkflowNodeWaitRace] | Unset):
        tasks (list[WorkflowTask] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    state: WorkflowState | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    scripting: WorkflowScripting | Unset = UNSET
    settings: WorkflowSettings | Unset = UNSET
    listeners: list[WorkflowListener] | Unset = UNSET
    capping: list[WorkflowCapping] | Unset = UNSET
    nodes: (
        list[
            WorkflowNodeConditionaltimeslots
            | WorkflowNodeDataExplorerV2Match
            | WorkflowNodeDataManagerPipeline
            | WorkflowNodeDataTablePipeline
            | WorkflowNodeIf
            | WorkflowNodeMatch
            | WorkflowNodeMultipleslots
            | WorkflowNodeNp6NotificationExecution
            | WorkflowNodePublish
            | WorkflowNodeRequest
            | WorkflowNodeSample
            | WorkflowNodeScript
            | WorkflowNodeSendMail
            | WorkflowNodeSendpushapp
            | WorkflowNodeSendSms
            | WorkflowNodeSleep
            | WorkflowNodeSms
            | WorkflowNodeSplit
            | WorkflowNodeSwitch
            | WorkflowNodeTerminal
            | WorkflowNodeUpdateTarget
            | WorkflowNodeWait
            | WorkflowNodeWaitAll
            | WorkflowNodeWaitKill
            | WorkflowNodeWaitRace
        ]
        | Unset
    ) = UNSET
    tasks: list[WorkflowTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_node_conditionaltimeslots import (
            WorkflowNodeConditionaltimeslots,
        )
        from ..models.workflow_node_data_explorer_v2_match import (
            WorkflowNodeDataExplorerV2Match,
        )
        from ..models.workflow_node_data_manager_pipeline import (
            WorkflowNodeDataManagerPipeline,
        )
        from ..models.workflow_node_data_table_pipeline import (
            WorkflowNodeDataTablePipeline,
        )
        from ..models.workflow_node_if import WorkflowNodeIf
        from ..models.workflow_node_match import WorkflowNodeMatch
        from ..models.workflow_node_multipleslots import WorkflowNodeMultipleslots
        from ..models.workflow_node_np_6_notification_execution import (
            WorkflowNodeNp6NotificationExecution,
        )
        from ..models.workflow_node_publish import WorkflowNodePublish
        from ..models.workflow_node_request import WorkflowNodeRequest
        from ..models.workflow_node_sample import WorkflowNodeSample
        from ..models.workflow_node_script import WorkflowNodeScript
        from ..models.workflow_node_send_mail import WorkflowNodeSendMail
        from ..models.workflow_node_send_sms import WorkflowNodeSendSms
        from ..models.workflow_node_sendpushapp import WorkflowNodeSendpushapp
        from ..models.workflow_node_sleep import WorkflowNodeSleep
        from ..models.workflow_node_sms import WorkflowNodeSms
        from ..models.workflow_node_split import WorkflowNodeSplit
        from ..models.workflow_node_switch import WorkflowNodeSwitch
        from ..models.workflow_node_update_target import WorkflowNodeUpdateTarget
        from ..models.workflow_node_wait import WorkflowNodeWait
        from ..models.workflow_node_wait_all import WorkflowNodeWaitAll
        from ..models.workflow_node_wait_kill import WorkflowNodeWaitKill
        from ..models.workflow_node_wait_race import WorkflowNodeWaitRace

        id = self.id

        name = self.name

        description = self.description

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat()

        scripting: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scripting, Unset):
            scripting = self.scripting.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        listeners: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.listeners, Unset):
            listeners = []
            for listeners_item_data in self.listeners:
                listeners_item = listeners_item_data.to_dict()
                listeners.append(listeners_item)

        capping: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capping, Unset):
            capping = []
            for capping_item_data in self.capping:
                capping_item = capping_item_data.to_dict()
                capping.append(capping_item)

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item: dict[str, Any]
                if (
                    isinstance(nodes_item_data, WorkflowNodePublish)
                    or isinstance(nodes_item_data, WorkflowNodeRequest)
                    or isinstance(nodes_item_data, WorkflowNodeScript)
                    or isinstance(nodes_item_data, WorkflowNodeSendMail)
                    or isinstance(nodes_item_data, WorkflowNodeSendSms)
                    or isinstance(nodes_item_data, WorkflowNodeSms)
                    or isinstance(nodes_item_data, WorkflowNodeSleep)
                    or isinstance(nodes_item_data, WorkflowNodeWait)
                    or isinstance(nodes_item_data, WorkflowNodeWaitKill)
                    or isinstance(nodes_item_data, WorkflowNodeUpdateTarget)
                    or isinstance(nodes_item_data, WorkflowNodeMultipleslots)
                    or isinstance(nodes_item_data, WorkflowNodeSendpushapp)
                    or isinstance(nodes_item_data, WorkflowNodeDataManagerPipeline)
                    or isinstance(nodes_item_data, WorkflowNodeDataTablePipeline)
                    or isinstance(nodes_item_data, WorkflowNodeNp6NotificationExecution)
                    or isinstance(nodes_item_data, WorkflowNodeIf)
                    or isinstance(nodes_item_data, WorkflowNodeMatch)
                    or isinstance(nodes_item_data, WorkflowNodeSample)
                    or isinstance(nodes_item_data, WorkflowNodeSplit)
                    or isinstance(nodes_item_data, WorkflowNodeSwitch)
                    or isinstance(nodes_item_data, WorkflowNodeWaitRace)
                    or isinstance(nodes_item_data, WorkflowNodeWaitAll)
                    or isinstance(nodes_item_data, WorkflowNodeConditionaltimeslots)
                    or isinstance(nodes_item_data, WorkflowNodeDataExplorerV2Match)
                ):
                    nodes_item = nodes_item_data.to_dict()
                else:
                    nodes_item = nodes_item_data.to_dict()

                nodes.append(nodes_item)

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if state is not UNSET:
            field_dict["state"] = state
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if scripting is not UNSET:
            field_dict["scripting"] = scripting
        if settings is not UNSET:
            field_dict["settings"] = settings
        if listeners is not UNSET:
            field_dict["listeners"] = listeners
        if capping is not UNSET:
            field_dict["capping"] = capping
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_capping import WorkflowCapping
        from ..models.workflow_listener import WorkflowListener
        from ..models.workflow_node_conditionaltimeslots import (
            WorkflowNodeConditionaltimeslots,
        )
        from ..models.workflow_node_data_explorer_v2_match import (
            WorkflowNodeDataExplorerV2Match,
        )
        from ..models.workflow_node_data_manager_pipeline import (
            WorkflowNodeDataManagerPipeline,
        )
        from ..models.workflow_node_data_table_pipeline import (
            WorkflowNodeDataTablePipeline,
        )
        from ..models.workflow_node_if import WorkflowNodeIf
        from ..models.workflow_node_match import WorkflowNodeMatch
        from ..models.workflow_node_multipleslots import WorkflowNodeMultipleslots
        from ..models.workflow_node_np_6_notification_execution import (
            WorkflowNodeNp6NotificationExecution,
        )
        from ..models.workflow_node_publish import WorkflowNodePublish
        from ..models.workflow_node_request import WorkflowNodeRequest
        from ..models.workflow_node_sample import WorkflowNodeSample
        from ..models.workflow_node_script import WorkflowNodeScript
        from ..models.workflow_node_send_mail import WorkflowNodeSendMail
        from ..models.workflow_node_send_sms import WorkflowNodeSendSms
        from ..models.workflow_node_sendpushapp import WorkflowNodeSendpushapp
        from ..models.workflow_node_sleep import WorkflowNodeSleep
        from ..models.workflow_node_sms import WorkflowNodeSms
        from ..models.workflow_node_split import WorkflowNodeSplit
        from ..models.workflow_node_switch import WorkflowNodeSwitch
        from ..models.workflow_node_terminal import WorkflowNodeTerminal
        from ..models.workflow_node_update_target import WorkflowNodeUpdateTarget
        from ..models.workflow_node_wait import WorkflowNodeWait
        from ..models.workflow_node_wait_all import WorkflowNodeWaitAll
        from ..models.workflow_node_wait_kill import WorkflowNodeWaitKill
        from ..models.workflow_node_wait_race import WorkflowNodeWaitRace
        from ..models.workflow_scripting import WorkflowScripting
        from ..models.workflow_settings import WorkflowSettings
        from ..models.workflow_task import WorkflowTask

        d = dict(src_dict)
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
            _state = d.pop("state", UNSET)
            state: WorkflowState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = WorkflowState(_state)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("state", error) from error

        try:
            _creation_date = d.pop("creationDate", UNSET)
            creation_date: datetime.datetime | Unset
            if isinstance(_creation_date, Unset):
                creation_date = UNSET
            else:
                creation_date = datetime.datetime.fromisoformat(_creation_date)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("creationDate", error) from error

        try:
            _update_date = d.pop("updateDate", UNSET)
            update_date: datetime.datetime | Unset
            if isinstance(_update_date, Unset):
                update_date = UNSET
            else:
                update_date = datetime.datetime.fromisoformat(_update_date)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("updateDate", error) from error

        try:
            _scripting = d.pop("scripting", UNSET)
            scripting: WorkflowScripting | Unset
            if isinstance(_scripting, Unset):
                scripting = UNSET
            else:
                scripting = WorkflowScripting.from_dict(_scripting)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("scripting", error) from error

        try:
            _settings = d.pop("settings", UNSET)
            settings: WorkflowSettings | Unset
            if isinstance(_settings, Unset):
                settings = UNSET
            else:
                settings = WorkflowSettings.from_dict(_settings)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("settings", error) from error

        try:
            _listeners = d.pop("listeners", UNSET)
            listeners: list[WorkflowListener] | Unset = UNSET
            if _listeners is not UNSET:
                listeners = []
                for listeners_item_data in _listeners:
                    listeners_item = WorkflowListener.from_dict(listeners_item_data)

                    listeners.append(listeners_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("listeners", error) from error

        try:
            _capping = d.pop("capping", UNSET)
            capping: list[WorkflowCapping] | Unset = UNSET
            if _capping is not UNSET:
                capping = []
                for capping_item_data in _capping:
                    capping_item = WorkflowCapping.from_dict(capping_item_data)

                    capping.append(capping_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("capping", error) from error

        try:
            _nodes = d.pop("nodes", UNSET)
            nodes: (
                list[
                    WorkflowNodeConditionaltimeslots
                    | WorkflowNodeDataExplorerV2Match
                    | WorkflowNodeDataManagerPipeline
                    | WorkflowNodeDataTablePipeline
                    | WorkflowNodeIf
                    | WorkflowNodeMatch
                    | WorkflowNodeMultipleslots
                    | WorkflowNodeNp6NotificationExecution
                    | WorkflowNodePublish
                    | WorkflowNodeRequest
                    | WorkflowNodeSample
                    | WorkflowNodeScript
                    | WorkflowNodeSendMail
                    | WorkflowNodeSendpushapp
                    | WorkflowNodeSendSms
                    | WorkflowNodeSleep
                    | WorkflowNodeSms
                    | WorkflowNodeSplit
                    | WorkflowNodeSwitch
                    | WorkflowNodeTerminal
                    | WorkflowNodeUpdateTarget
                    | WorkflowNodeWait
                    | WorkflowNodeWaitAll
                    | WorkflowNodeWaitKill
                    | WorkflowNodeWaitRace
                ]
                | Unset
            ) = UNSET
            if _nodes is not UNSET:
                nodes = []
                for nodes_item_data in _nodes:

                    def _parse_nodes_item(
                        data: object,
                    ) -> (
                        WorkflowNodeConditionaltimeslots
                        | WorkflowNodeDataExplorerV2Match
                        | WorkflowNodeDataManagerPipeline
                        | WorkflowNodeDataTablePipeline
                        | WorkflowNodeIf
                        | WorkflowNodeMatch
                        | WorkflowNodeMultipleslots
                        | WorkflowNodeNp6NotificationExecution
                        | WorkflowNodePublish
                        | WorkflowNodeRequest
                        | WorkflowNodeSample
                        | WorkflowNodeScript
                        | WorkflowNodeSendMail
                        | WorkflowNodeSendpushapp
                        | WorkflowNodeSendSms
                        | WorkflowNodeSleep
                        | WorkflowNodeSms
                        | WorkflowNodeSplit
                        | WorkflowNodeSwitch
                        | WorkflowNodeTerminal
                        | WorkflowNodeUpdateTarget
                        | WorkflowNodeWait
                        | WorkflowNodeWaitAll
                        | WorkflowNodeWaitKill
                        | WorkflowNodeWaitRace
                    ):
                        errors: list[Exception] = []
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_0 = (
                                WorkflowNodePublish.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_0
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_1 = (
                                WorkflowNodeRequest.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_1
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_2 = (
                                WorkflowNodeScript.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_2
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_3 = (
                                WorkflowNodeSendMail.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_3
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_4 = (
                                WorkflowNodeSendSms.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_4
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_5 = (
                                WorkflowNodeSms.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_5
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_6 = (
                                WorkflowNodeSleep.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_6
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_7 = (
                                WorkflowNodeWait.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_7
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_8 = (
                                WorkflowNodeWaitKill.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_8
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_9 = (
                                WorkflowNodeUpdateTarget.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_9
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_10 = (
                                WorkflowNodeMultipleslots.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_10
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_11 = (
                                WorkflowNodeSendpushapp.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_11
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_12 = (
                                WorkflowNodeDataManagerPipeline.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_12
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_13 = (
                                WorkflowNodeDataTablePipeline.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_13
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_14 = (
                                WorkflowNodeNp6NotificationExecution.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_14
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_15 = (
                                WorkflowNodeIf.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_15
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_16 = (
                                WorkflowNodeMatch.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_16
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_17 = (
                                WorkflowNodeSample.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_17
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_18 = (
                                WorkflowNodeSplit.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_18
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_19 = (
                                WorkflowNodeSwitch.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_19
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_20 = (
                                WorkflowNodeWaitRace.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_20
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_21 = (
                                WorkflowNodeWaitAll.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_21
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_22 = (
                                WorkflowNodeConditionaltimeslots.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_22
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_23 = (
                                WorkflowNodeDataExplorerV2Match.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_23
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_workflow_node_type_24 = (
                                WorkflowNodeTerminal.from_dict(data)
                            )

                            return componentsschemas_workflow_node_type_24
                        except (
                            TypeError,
                            ValueError,
                            AttributeError,
                            KeyError,
                        ) as error:
                            errors.append(error)
                        raise union_error(errors)

                    nodes_item = parse_union(_parse_nodes_item, nodes_item_data)

                    nodes.append(nodes_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("nodes", error) from error

        try:
            _tasks = d.pop("tasks", UNSET)
            tasks: list[WorkflowTask] | Unset = UNSET
            if _tasks is not UNSET:
                tasks = []
                for tasks_item_data in _tasks:
                    tasks_item = WorkflowTask.from_dict(tasks_item_data)

                    tasks.append(tasks_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("tasks", error) from error

        workflow = cls(
            id=id,
            name=name,
            description=description,
            state=state,
            creation_date=creation_date,
            update_date=update_date,
            scripting=scripting,
            settings=settings,
            listeners=listeners,
            capping=capping,
            nodes=nodes,
            tasks=tasks,
        )

        workflow.additional_properties = d
        return workflow

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
