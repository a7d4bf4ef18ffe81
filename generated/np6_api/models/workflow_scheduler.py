from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.workflow_scheduler_time_zone import WorkflowSchedulerTimeZone


T = TypeVar("T", bound="WorkflowScheduler")


@_attrs_define
class WorkflowScheduler:
    """
    Attributes:
        type_ (str | Unset):
        id (str | Unset):
        name (str | Unset):
        time_zone (WorkflowSchedulerTimeZone | Unset):
        minute (str | Unset):
        hour (str | Unset):
        day_of_month (str | Unset):
        month (str | Unset):
        day_of_week (str | Unset):
    """

    type_: str | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    time_zone: WorkflowSchedulerTimeZone | Unset = UNSET
    minute: str | Unset = UNSET
    hour: str | Unset = UNSET
    day_of_month: str | Unset = UNSET
    month: str | Unset = UNSET
    day_of_week: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        time_zone: dict[str, Any] | Unset = UNSET
        if not isinstance(self.time_zone, Unset):
            time_zone = self.time_zone.to_dict()

        minute = self.minute

        hour = self.hour

        day_of_month = self.day_of_month

        month = self.month

        day_of_week = self.day_of_week

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone
        if minute is not UNSET:
            field_dict["minute"] = minute
        if hour is not UNSET:
            field_dict["hour"] = hour
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if month is not UNSET:
            field_dict["month"] = month
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workflow_scheduler_time_zone import WorkflowSchedulerTimeZone

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
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
            _time_zone = d.pop("timeZone", UNSET)
            time_zone: WorkflowSchedulerTimeZone | Unset
            if isinstance(_time_zone, Unset):
                time_zone = UNSET
            else:
                time_zone = WorkflowSchedulerTimeZone.from_dict(_time_zone)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("timeZone", error) from error

        try:
            minute = d.pop("minute", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("minute", error) from error

        try:
            hour = d.pop("hour", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("hour", error) from error

        try:
            day_of_month = d.pop("dayOfMonth", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("dayOfMonth", error) from error

        try:
            month = d.pop("month", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("month", error) from error

        try:
            day_of_week = d.pop("dayOfWeek", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("dayOfWeek", error) from error

        workflow_scheduler = cls(
            type_=type_,
            id=id,
            name=name,
            time_zone=time_zone,
            minute=minute,
            hour=hour,
            day_of_month=day_of_month,
            month=month,
            day_of_week=day_of_week,
        )

        workflow_scheduler.additional_properties = d
        return workflow_scheduler

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
