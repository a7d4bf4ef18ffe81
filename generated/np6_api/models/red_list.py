from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.red_list_entry import RedListEntry


T = TypeVar("T", bound="RedList")


@_attrs_define
class RedList:
    """Red-list state of the target per channel.

    Attributes:
        mail (RedListEntry | Unset):
        sms (RedListEntry | Unset):
    """

    mail: RedListEntry | Unset = UNSET
    sms: RedListEntry | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mail, Unset):
            mail = self.mail.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mail is not UNSET:
            field_dict["mail"] = mail
        if sms is not UNSET:
            field_dict["sms"] = sms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.red_list_entry import RedListEntry

        d = dict(src_dict)
        try:
            _mail = d.pop("mail", UNSET)
            mail: RedListEntry | Unset
            if isinstance(_mail, Unset):
                mail = UNSET
            else:
                mail = RedListEntry.from_dict(_mail)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("mail", error) from error

        try:
            _sms = d.pop("sms", UNSET)
            sms: RedListEntry | Unset
            if isinstance(_sms, Unset):
                sms = UNSET
            else:
                sms = RedListEntry.from_dict(_sms)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("sms", error) from error

        red_list = cls(
            mail=mail,
            sms=sms,
        )

        red_list.additional_properties = d
        return red_list

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
