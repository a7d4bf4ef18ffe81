from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.receiver import Receiver
    from ..models.render_context import RenderContext
    from ..models.render_link import RenderLink
    from ..models.render_links_request_data import RenderLinksRequestData
    from ..models.render_links_request_variables_item import (
        RenderLinksRequestVariablesItem,
    )
    from ..models.stamp import Stamp


T = TypeVar("T", bound="RenderLinksRequest")


@_attrs_define
class RenderLinksRequest:
    """
    Attributes:
        receiver (Receiver | Unset):
        data (RenderLinksRequestData | Unset):
        variables (list[RenderLinksRequestVariablesItem] | Unset):
        context (RenderContext | Unset):
        stamp (Stamp | Unset):
        links (list[RenderLink] | Unset):
    """

    receiver: Receiver | Unset = UNSET
    data: RenderLinksRequestData | Unset = UNSET
    variables: list[RenderLinksRequestVariablesItem] | Unset = UNSET
    context: RenderContext | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    links: list[RenderLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = self.receiver.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if data is not UNSET:
            field_dict["data"] = data
        if variables is not UNSET:
            field_dict["variables"] = variables
        if context is not UNSET:
            field_dict["context"] = context
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.receiver import Receiver
        from ..models.render_context import RenderContext
        from ..models.render_link import RenderLink
        from ..models.render_links_request_data import RenderLinksRequestData
        from ..models.render_links_request_variables_item import (
            RenderLinksRequestVariablesItem,
        )
        from ..models.stamp import Stamp

        d = dict(src_dict)
        try:
            _receiver = d.pop("receiver", UNSET)
            receiver: Receiver | Unset
            if isinstance(_receiver, Unset):
                receiver = UNSET
            else:
                receiver = Receiver.from_dict(_receiver)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("receiver", error) from error

        try:
            _data = d.pop("data", UNSET)
            data: RenderLinksRequestData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = RenderLinksRequestData.from_dict(_data)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("data", error) from error

        try:
            _variables = d.pop("variables", UNSET)
            variables: list[RenderLinksRequestVariablesItem] | Unset = UNSET
            if _variables is not UNSET:
                variables = []
                for variables_item_data in _variables:
                    variables_item = RenderLinksRequestVariablesItem.from_dict(
                        variables_item_data
                    )

                    variables.append(variables_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("variables", error) from error

        try:
            _context = d.pop("context", UNSET)
            context: RenderContext | Unset
            if isinstance(_context, Unset):
                context = UNSET
            else:
                context = RenderContext.from_dict(_context)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("context", error) from error

        try:
            _stamp = d.pop("stamp", UNSET)
            stamp: Stamp | Unset
            if isinstance(_stamp, Unset):
                stamp = UNSET
            else:
                stamp = Stamp.from_dict(_stamp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("stamp", error) from error

        try:
            _links = d.pop("links", UNSET)
            links: list[RenderLink] | Unset = UNSET
            if _links is not UNSET:
                links = []
                for links_item_data in _links:
                    links_item = RenderLink.from_dict(links_item_data)

                    links.append(links_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("links", error) from error

        render_links_request = cls(
            receiver=receiver,
            data=data,
            variables=variables,
            context=context,
            stamp=stamp,
            links=links,
        )

        render_links_request.additional_properties = d
        return render_links_request

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
