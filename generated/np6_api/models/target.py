from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.bounce import Bounce
    from ..models.red_list import RedList
    from ..models.target_fields import TargetFields


T = TypeVar("T", bound="Target")


@_attrs_define
class Target:
    """A contact of the account.

    Attributes:
        id (str):
        hash_ (str | Unset):
        creation_date (datetime.datetime | Unset):
        last_update_date (datetime.datetime | Unset):
        fields (TargetFields | Unset): Values of the target, keyed by field.
        bounce (list[Bounce] | Unset):
        red_list (RedList | Unset): Red-list state of the target per channel.
    """

    id: str
    hash_: str | Unset = UNSET
    creation_date: datetime.datetime | Unset = UNSET
    last_update_date: datetime.datetime | Unset = UNSET
    fields: TargetFields | Unset = UNSET
    bounce: list[Bounce] | Unset = UNSET
    red_list: RedList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        hash_ = self.hash_

        creation_date: str | Unset = UNSET
        if not isinstance(self.creation_date, Unset):
            creation_date = self.creation_date.isoformat()

        last_update_date: str | Unset = UNSET
        if not isinstance(self.last_update_date, Unset):
            last_update_date = self.last_update_date.isoformat()

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        bounce: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.bounce, Unset):
            bounce = []
            for bounce_item_data in self.bounce:
                bounce_item = bounce_item_data.to_dict()
                bounce.append(bounce_item)

        red_list: dict[str, Any] | Unset = UNSET
        if not isinstance(self.red_list, Unset):
            red_list = self.red_list.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if last_update_date is not UNSET:
            field_dict["lastUpdateDate"] = last_update_date
        if fields is not UNSET:
            field_dict["fields"] = fields
        if bounce is not UNSET:
            field_dict["bounce"] = bounce
        if red_list is not UNSET:
            field_dict["redList"] = red_list

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounce import Bounce
        from ..models.red_list import RedList
        from ..models.target_fields import TargetFields

        d = dict(src_dict)
        try:
            id = d.pop("id")
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            hash_ = d.pop("hash", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("hash", error) from error

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
            _last_update_date = d.pop("lastUpdateDate", UNSET)
            last_update_date: datetime.datetime | Unset
            if isinstance(_last_update_date, Unset):
                last_update_date = UNSET
            else:
                last_update_date = datetime.datetime.fromisoformat(_last_update_date)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("lastUpdateDate", error) from error

        try:
            _fields = d.pop("fields", UNSET)
            fields: TargetFields | Unset
            if isinstance(_fields, Unset):
                fields = UNSET
            else:
                fields = TargetFields.from_dict(_fields)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("fields", error) from error

        try:
            _bounce = d.pop("bounce", UNSET)
            bounce: list[Bounce] | Unset = UNSET
            if _bounce is not UNSET:
                bounce = []
                for bounce_item_data in _bounce:
                    bounce_item = Bounce.from_dict(bounce_item_data)

                    bounce.append(bounce_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("bounce", error) from error

        try:
            _red_list = d.pop("redList", UNSET)
            red_list: RedList | Unset
            if isinstance(_red_list, Unset):
                red_list = UNSET
            else:
                red_list = RedList.from_dict(_red_list)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("redList", error) from error

        target = cls(
            id=id,
            hash_=hash_,
            creation_date=creation_date,
            last_update_date=last_update_date,
            fields=fields,
            bounce=bounce,
            red_list=red_list,
        )

        target.additional_properties = d
        return target

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
