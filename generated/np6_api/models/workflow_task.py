from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_scheduler import WorkflowScheduler
    from ..models.workflow_task_provider import WorkflowTaskProvider


T = TypeVar("T", bound="WorkflowTask")


@_attrs_define
class WorkflowTask:
    """A scheduler task of a workflow.

    Attributes:
        id (str | Unset):
        name (str | Unset):
        description (str | Unset):
        schedulers (list[WorkflowScheduler] | Unset):
        provider (WorkflowTaskProvider | Unset):
        handler (str | Unset): The node that handles the task.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    schedulers: list[WorkflowScheduler] | Unset = UNSET
    provider: WorkflowTaskProvider | Unset = UNSET
    handler: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        schedulers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schedulers, Unset):
            schedulers = []
            for schedulers_item_data in self.schedulers:
                schedulers_item = schedulers_item_data.to_dict()
                schedulers.append(schedulers_item)

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        handler = self.handler

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if schedulers is not UNSET:
            field_dict["schedulers"] = schedulers
        if provider is not UNSET:
            field_dict["provider"] = provider
        if handler is not UNSET:
            field_dict["handler"] = handler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_scheduler import WorkflowScheduler
        from ..models.workflow_task_provider import WorkflowTaskProvider

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
            _schedulers = d.pop("schedulers", UNSET)
            schedulers: list[WorkflowScheduler] | Unset = UNSET
            if _schedulers is not UNSET:
                schedulers = []
                for schedulers_item_data in _schedulers:
                    schedulers_item = WorkflowScheduler.from_dict(schedulers_item_data)

                    schedulers.append(schedulers_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("schedulers", error) from error

        try:
            _provider = d.pop("provider", UNSET)
            provider: WorkflowTaskProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = WorkflowTaskProvider.from_dict(_provider)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("provider", error) from error

        try:
            handler = d.pop("handler", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("handler", error) from error

        workflow_task = cls(
            id=id,
            name=name,
            description=description,
            schedulers=schedulers,
            provider=provider,
            handler=handler,
        )

        workflow_task.additional_properties = d
        return workflow_task

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
