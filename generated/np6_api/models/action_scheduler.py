from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, union_error

if TYPE_CHECKING:
    from ..models.action_scheduler_monitor import ActionSchedulerMonitor


T = TypeVar("T", bound="ActionScheduler")


@_attrs_define
class ActionScheduler:
    """
    Attributes:
        type_ (str | Unset):
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        monitor (ActionSchedulerMonitor | Unset):
    """

    type_: str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    end_date: datetime.datetime | None | Unset = UNSET
    monitor: ActionSchedulerMonitor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        monitor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monitor, Unset):
            monitor = self.monitor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if monitor is not UNSET:
            field_dict["monitor"] = monitor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_scheduler_monitor import ActionSchedulerMonitor

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:

            def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_date_type_0 = datetime.datetime.fromisoformat(data)

                    return start_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            start_date = _parse_start_date(d.pop("startDate", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("startDate", error) from error

        try:

            def _parse_end_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    end_date_type_0 = datetime.datetime.fromisoformat(data)

                    return end_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            end_date = _parse_end_date(d.pop("endDate", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("endDate", error) from error

        try:
            _monitor = d.pop("monitor", UNSET)
            monitor: ActionSchedulerMonitor | Unset
            if isinstance(_monitor, Unset):
                monitor = UNSET
            else:
                monitor = ActionSchedulerMonitor.from_dict(_monitor)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("monitor", error) from error

        action_scheduler = cls(
            type_=type_,
            start_date=start_date,
            end_date=end_date,
            monitor=monitor,
        )

        action_scheduler.additional_properties = d
        return action_scheduler

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
