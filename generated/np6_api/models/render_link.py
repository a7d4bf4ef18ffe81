from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.render_link_destination import RenderLinkDestination


T = TypeVar("T", bound="RenderLink")


@_attrs_define
class RenderLink:
    """
    Attributes:
        type_ (str | Unset):
        destination (RenderLinkDestination | Unset):
    """

    type_: str | Unset = UNSET
    destination: RenderLinkDestination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        destination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.destination, Unset):
            destination = self.destination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.render_link_destination import RenderLinkDestination

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _destination = d.pop("destination", UNSET)
            destination: RenderLinkDestination | Unset
            if isinstance(_destination, Unset):
                destination = UNSET
            else:
                destination = RenderLinkDestination.from_dict(_destination)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("destination", error) from error

        render_link = cls(
            type_=type_,
            destination=destination,
        )

        render_link.additional_properties = d
        return render_link

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
