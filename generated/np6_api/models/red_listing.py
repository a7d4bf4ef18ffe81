from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.red_list_origin import RedListOrigin
from ..types import UNSET, Unset, field_error, union_error

if TYPE_CHECKING:
    from ..models.red_listing_detail import RedListingDetail


T = TypeVar("T", bound="RedListing")


@_attrs_define
class RedListing:
    """Why and when a target entered a red list.

    Attributes:
        id (str | Unset): Id of the target.
        timestamp (datetime.datetime | None | Unset):
        origin (RedListOrigin | Unset): 0 unknown, 1 by the API, 2 by an import, 3 by a form, 4 unsubscribe red list, 5
            complaint, 6 SMS stop, 7 SMS blacklist, 8 SMS administrative, 9 SMS specific.
        detail (RedListingDetail | Unset):
    """

    id: str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    origin: RedListOrigin | Unset = UNSET
    detail: RedListingDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        origin: int | Unset = UNSET
        if not isinstance(self.origin, Unset):
            origin = self.origin.value

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if origin is not UNSET:
            field_dict["origin"] = origin
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.red_listing_detail import RedListingDetail

        d = dict(src_dict)
        try:
            id = d.pop("id", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:

            def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    return timestamp_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("timestamp", error) from error

        try:
            _origin = d.pop("origin", UNSET)
            origin: RedListOrigin | Unset
            if isinstance(_origin, Unset):
                origin = UNSET
            else:
                origin = RedListOrigin(_origin)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("origin", error) from error

        try:
            _detail = d.pop("detail", UNSET)
            detail: RedListingDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = RedListingDetail.from_dict(_detail)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("detail", error) from error

        red_listing = cls(
            id=id,
            timestamp=timestamp,
            origin=origin,
            detail=detail,
        )

        red_listing.additional_properties = d
        return red_listing

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
