from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.campaign_event_selector import CampaignEventSelector


T = TypeVar("T", bound="CampaignItemsEvents")


@_attrs_define
class CampaignItemsEvents:
    """
    Attributes:
        type_ (str | Unset):
        events (list[CampaignEventSelector] | Unset):
        items (list[int] | Unset): Ids of the campaign items.
    """

    type_: str | Unset = UNSET
    events: list[CampaignEventSelector] | Unset = UNSET
    items: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        items: list[int] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if events is not UNSET:
            field_dict["events"] = events
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_event_selector import CampaignEventSelector

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _events = d.pop("events", UNSET)
            events: list[CampaignEventSelector] | Unset = UNSET
            if _events is not UNSET:
                events = []
                for events_item_data in _events:
                    events_item = CampaignEventSelector.from_dict(events_item_data)

                    events.append(events_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("events", error) from error

        try:
            items = cast(list[int], d.pop("items", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("items", error) from error

        campaign_items_events = cls(
            type_=type_,
            events=events,
            items=items,
        )

        campaign_items_events.additional_properties = d
        return campaign_items_events

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
