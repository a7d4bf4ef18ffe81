from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dynamic_segment_type import DynamicSegmentType
from ..types import UNSET, Unset, field_error, union_error

T = TypeVar("T", bound="DynamicSegmentResponse")


@_attrs_define
class DynamicSegmentResponse:
    """A dynamic segment as NP6 returns it.

    Attributes:
        type_ (DynamicSegmentType):  Default: DynamicSegmentType.DYNAMIC.
        id (int):
        name (str):
        description (str | Unset):
        creation (datetime.datetime | None | Unset):
        expiration (datetime.datetime | None | Unset):
        is_test (bool | None | Unset): Whether the segment may be used in the test phase of actions.
        targets_count (int | None | Unset): Estimated number of targets.
        parent_id (int | None | Unset):
        search_id (int | None | Unset):
    """

    id: int
    name: str
    type_: DynamicSegmentType = DynamicSegmentType.DYNAMIC
    description: str | Unset = UNSET
    creation: datetime.datetime | None | Unset = UNSET
    expiration: datetime.datetime | None | Unset = UNSET
    is_test: bool | None | Unset = UNSET
    targets_count: int | None | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    search_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        name = self.name

        description = self.description

        creation: None | str | Unset
        if isinstance(self.creation, Unset):
            creation = UNSET
        elif isinstance(self.creation, datetime.datetime):
            creation = self.creation.isoformat()
        else:
            creation = self.creation

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        elif isinstance(self.expiration, datetime.datetime):
            expiration = self.expiration.isoformat()
        else:
            expiration = self.expiration

        is_test: bool | None | Unset
        if isinstance(self.is_test, Unset):
            is_test = UNSET
        else:
            is_test = self.is_test

        targets_count: int | None | Unset
        if isinstance(self.targets_count, Unset):
            targets_count = UNSET
        else:
            targets_count = self.targets_count

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        search_id: int | None | Unset
        if isinstance(self.search_id, Unset):
            search_id = UNSET
        else:
            search_id = self.search_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if creation is not UNSET:
            field_dict["creation"] = creation
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if is_test is not UNSET:
            field_dict["isTest"] = is_test
        if targets_count is not UNSET:
            field_dict["targetsCount"] = targets_count
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if search_id is not UNSET:
            field_dict["searchId"] = search_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            type_ = DynamicSegmentType(d.pop("type"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            id = d.pop("id")
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            name = d.pop("name")
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("name", error) from error

        try:
            description = d.pop("description", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("description", error) from error

        try:

            def _parse_creation(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    creation_type_0 = datetime.datetime.fromisoformat(data)

                    return creation_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            creation = _parse_creation(d.pop("creation", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("creation", error) from error

        try:

            def _parse_expiration(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expiration_type_0 = datetime.datetime.fromisoformat(data)

                    return expiration_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            expiration = _parse_expiration(d.pop("expiration", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("expiration", error) from error

        try:

            def _parse_is_test(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_test = _parse_is_test(d.pop("isTest", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("isTest", error) from error

        try:

            def _parse_targets_count(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            targets_count = _parse_targets_count(d.pop("targetsCount", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("targetsCount", error) from error

        try:

            def _parse_parent_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("parentId", error) from error

        try:

            def _parse_search_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            search_id = _parse_search_id(d.pop("searchId", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("searchId", error) from error

        dynamic_segment_response = cls(
            type_=type_,
            id=id,
            name=name,
            description=description,
            creation=creation,
            expiration=expiration,
            is_test=is_test,
            targets_count=targets_count,
            parent_id=parent_id,
            search_id=search_id,
        )

        dynamic_segment_response.additional_properties = d
        return dynamic_segment_response

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
