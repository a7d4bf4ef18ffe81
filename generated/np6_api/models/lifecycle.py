from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.lifecycle_event import LifecycleEvent


T = TypeVar("T", bound="Lifecycle")


@_attrs_define
class Lifecycle:
    """When and by whom a resource was created and last modified.

    Attributes:
        creation (LifecycleEvent | Unset):
        modification (LifecycleEvent | Unset):
    """

    creation: LifecycleEvent | Unset = UNSET
    modification: LifecycleEvent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        creation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creation, Unset):
            creation = self.creation.to_dict()

        modification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modification, Unset):
            modification = self.modification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if creation is not UNSET:
            field_dict["creation"] = creation
        if modification is not UNSET:
            field_dict["modification"] = modification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lifecycle_event import LifecycleEvent

        d = dict(src_dict)
        try:
            _creation = d.pop("creation", UNSET)
            creation: LifecycleEvent | Unset
            if isinstance(_creation, Unset):
                creation = UNSET
            else:
                creation = LifecycleEvent.from_dict(_creation)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("creation", error) from error

        try:
            _modification = d.pop("modification", UNSET)
            modification: LifecycleEvent | Unset
            if isinstance(_modification, Unset):
                modification = UNSET
            else:
                modification = LifecycleEvent.from_dict(_modification)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("modification", error) from error

        lifecycle = cls(
            creation=creation,
            modification=modification,
        )

        lifecycle.additional_properties = d
        return lifecycle

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
