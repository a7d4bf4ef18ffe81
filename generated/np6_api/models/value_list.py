from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.value_list_item import ValueListItem


T = TypeVar("T", bound="ValueList")


@_attrs_define
class ValueList:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        ordered (bool | None | Unset):
        values (list[ValueListItem] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    ordered: bool | None | Unset = UNSET
    values: list[ValueListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        ordered: bool | None | Unset
        if isinstance(self.ordered, Unset):
            ordered = UNSET
        else:
            ordered = self.ordered

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if ordered is not UNSET:
            field_dict["ordered"] = ordered
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.value_list_item import ValueListItem

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

            def _parse_ordered(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            ordered = _parse_ordered(d.pop("ordered", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("ordered", error) from error

        try:
            _values = d.pop("values", UNSET)
            values: list[ValueListItem] | Unset = UNSET
            if _values is not UNSET:
                values = []
                for values_item_data in _values:
                    values_item = ValueListItem.from_dict(values_item_data)

                    values.append(values_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("values", error) from error

        value_list = cls(
            id=id,
            name=name,
            ordered=ordered,
            values=values,
        )

        value_list.additional_properties = d
        return value_list

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
