from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.campaign_items_events import CampaignItemsEvents


T = TypeVar("T", bound="CampaignEventsRequest")


@_attrs_define
class CampaignEventsRequest:
    """
    Attributes:
        items_events (list[CampaignItemsEvents] | Unset): Event types/subtypes and items, per channel.
    """

    items_events: list[CampaignItemsEvents] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items_events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items_events, Unset):
            items_events = []
            for items_events_item_data in self.items_events:
                items_events_item = items_events_item_data.to_dict()
                items_events.append(items_events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items_events is not UNSET:
            field_dict["itemsEvents"] = items_events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_items_events import CampaignItemsEvents

        d = dict(src_dict)
        try:
            _items_events = d.pop("itemsEvents", UNSET)
            items_events: list[CampaignItemsEvents] | Unset = UNSET
            if _items_events is not UNSET:
                items_events = []
                for items_events_item_data in _items_events:
                    items_events_item = CampaignItemsEvents.from_dict(
                        items_events_item_data
                    )

                    items_events.append(items_events_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("itemsEvents", error) from error

        campaign_events_request = cls(
            items_events=items_events,
        )

        campaign_events_request.additional_properties = d
        return campaign_events_request

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
