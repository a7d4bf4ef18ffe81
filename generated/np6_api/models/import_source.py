from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, union_error

if TYPE_CHECKING:
    from ..models.import_source_data_item import ImportSourceDataItem


T = TypeVar("T", bound="ImportSource")


@_attrs_define
class ImportSource:
    """
    Attributes:
        type_ (str | Unset):
        id (int | None | Unset):
        creation_date (datetime.datetime | Unset):
        update_date (datetime.datetime | None | Unset):
        filename (str | Unset):
        data (list[ImportSourceDataItem] | Unset):
    """

    type_: str | Unset = UNSET
    id: int | None | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | None | Unset = UNSET
    filename: str | Unset = UNSET
    data: list[ImportSourceDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        update_date: None | str | Unset
        if isinstance(self.update_date, Unset):
            update_date = UNSET
        elif isinstance(self.update_date, datetime.datetime):
            update_date = self.update_date.isoformat()
        else:
            update_date = self.update_date

        filename = self.filename

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date
        if filename is not UNSET:
            field_dict["filename"] = filename
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.import_source_data_item import ImportSourceDataItem

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:

            def _parse_id(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            id = _parse_id(d.pop("id", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

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

            def _parse_update_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    update_date_type_0 = datetime.datetime.fromisoformat(data)

                    return update_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            update_date = _parse_update_date(d.pop("updateDate", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("updateDate", error) from error

        try:
            filename = d.pop("filename", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("filename", error) from error

        try:
            _data = d.pop("data", UNSET)
            data: list[ImportSourceDataItem] | Unset = UNSET
            if _data is not UNSET:
                data = []
                for data_item_data in _data:
                    data_item = ImportSourceDataItem.from_dict(data_item_data)

                    data.append(data_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("data", error) from error

        import_source = cls(
            type_=type_,
            id=id,
            creation_date=creation_date,
            update_date=update_date,
            filename=filename,
            data=data,
        )

        import_source.additional_properties = d
        return import_source

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
