from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.action_scheduler import ActionScheduler


T = TypeVar("T", bound="ActionSummarySettings")


@_attrs_define
class ActionSummarySettings:
    """
    Attributes:
        scheduler (ActionScheduler | Unset):
    """

    scheduler: ActionScheduler | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scheduler, Unset):
            scheduler = self.scheduler.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scheduler is not UNSET:
            field_dict["scheduler"] = scheduler

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.action_scheduler import ActionScheduler

        d = dict(src_dict)
        try:
            _scheduler = d.pop("scheduler", UNSET)
            scheduler: ActionScheduler | Unset
            if isinstance(_scheduler, Unset):
                scheduler = UNSET
            else:
                scheduler = ActionScheduler.from_dict(_scheduler)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("scheduler", error) from error

        action_summary_settings = cls(
            scheduler=scheduler,
        )

        action_summary_settings.additional_properties = d
        return action_summary_settings

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
