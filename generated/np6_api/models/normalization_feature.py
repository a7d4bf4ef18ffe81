from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.normalization_feature_type import NormalizationFeatureType
from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.normalization_feature_fields import NormalizationFeatureFields


T = TypeVar("T", bound="NormalizationFeature")


@_attrs_define
class NormalizationFeature:
    """
    Attributes:
        type_ (NormalizationFeatureType):  Default: NormalizationFeatureType.NORMALIZATION.
        fields (NormalizationFeatureFields | Unset): Field id -> the accepted values.
    """

    type_: NormalizationFeatureType = NormalizationFeatureType.NORMALIZATION
    fields: NormalizationFeatureFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.normalization_feature_fields import NormalizationFeatureFields

        d = dict(src_dict)
        try:
            type_ = NormalizationFeatureType(d.pop("type"))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _fields = d.pop("fields", UNSET)
            fields: NormalizationFeatureFields | Unset
            if isinstance(_fields, Unset):
                fields = UNSET
            else:
                fields = NormalizationFeatureFields.from_dict(_fields)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("fields", error) from error

        normalization_feature = cls(
            type_=type_,
            fields=fields,
        )

        normalization_feature.additional_properties = d
        return normalization_feature

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
