from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.hit_source_detail import HitSourceDetail


T = TypeVar("T", bound="HitSource")


@_attrs_define
class HitSource:
    """Where a hit comes from (the channel in `type`) and what it hit (`detail`).

    Attributes:
        type_ (str | Unset):
        detail (HitSourceDetail | Unset):
    """

    type_: str | Unset = UNSET
    detail: HitSourceDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hit_source_detail import HitSourceDetail

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _detail = d.pop("detail", UNSET)
            detail: HitSourceDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = HitSourceDetail.from_dict(_detail)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("detail", error) from error

        hit_source = cls(
            type_=type_,
            detail=detail,
        )

        hit_source.additional_properties = d
        return hit_source

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
