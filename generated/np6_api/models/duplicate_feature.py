from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duplicate_feature_type import DuplicateFeatureType
from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.duplicate_feature_rules import DuplicateFeatureRules


T = TypeVar("T", bound="DuplicateFeature")


@_attrs_define
class DuplicateFeature:
    """
    Attributes:
        type_ (DuplicateFeatureType):  Default: DuplicateFeatureType.DUPLICATE.
        rules (DuplicateFeatureRules | Unset):
    """

    type_: DuplicateFeatureType = DuplicateFeatureType.DUPLICATE
    rules: DuplicateFeatureRules | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        rules: dict[str, Any] | Unset = UNSET
        if not isinstance(self.rules, Unset):
            rules = self.rules.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if rules is not UNSET:
            field_dict["rules"] = rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duplicate_feature_rules import DuplicateFeatureRules

        d = dict(src_dict)
        try:
            type_ = DuplicateFeatureType(d.pop("type"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _rules = d.pop("rules", UNSET)
            rules: DuplicateFeatureRules | Unset
            if isinstance(_rules, Unset):
                rules = UNSET
            else:
                rules = DuplicateFeatureRules.from_dict(_rules)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("rules", error) from error

        duplicate_feature = cls(
            type_=type_,
            rules=rules,
        )

        duplicate_feature.additional_properties = d
        return duplicate_feature

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
