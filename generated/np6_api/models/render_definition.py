from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.content_override import ContentOverride
    from ..models.message_headers import MessageHeaders
    from ..models.receiver import Receiver
    from ..models.render_definition_blocks_item import RenderDefinitionBlocksItem
    from ..models.render_definition_data import RenderDefinitionData
    from ..models.render_definition_variables_item import RenderDefinitionVariablesItem
    from ..models.stamp import Stamp


T = TypeVar("T", bound="RenderDefinition")


@_attrs_define
class RenderDefinition:
    """What to render and for whom.

    Attributes:
        receiver (Receiver | Unset):
        related (Receiver | Unset):
        data (RenderDefinitionData | Unset): Rendering data.
        blocks (list[RenderDefinitionBlocksItem] | Unset): Blocks of additional data.
        variables (list[RenderDefinitionVariablesItem] | Unset):
        stamp (Stamp | Unset):
        headers (MessageHeaders | Unset):
        subject (str | Unset): Subject override.
        content (ContentOverride | Unset):
    """

    receiver: Receiver | Unset = UNSET
    related: Receiver | Unset = UNSET
    data: RenderDefinitionData | Unset = UNSET
    blocks: list[RenderDefinitionBlocksItem] | Unset = UNSET
    variables: list[RenderDefinitionVariablesItem] | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    headers: MessageHeaders | Unset = UNSET
    subject: str | Unset = UNSET
    content: ContentOverride | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.receiver, Unset):
            receiver = self.receiver.to_dict()

        related: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = self.related.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        blocks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.blocks, Unset):
            blocks = []
            for blocks_item_data in self.blocks:
                blocks_item = blocks_item_data.to_dict()
                blocks.append(blocks_item)

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        stamp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stamp, Unset):
            stamp = self.stamp.to_dict()

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        subject = self.subject

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if related is not UNSET:
            field_dict["related"] = related
        if data is not UNSET:
            field_dict["data"] = data
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if variables is not UNSET:
            field_dict["variables"] = variables
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if headers is not UNSET:
            field_dict["headers"] = headers
        if subject is not UNSET:
            field_dict["subject"] = subject
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.content_override import ContentOverride
        from ..models.message_headers import MessageHeaders
        from ..models.receiver import Receiver
        from ..models.render_definition_blocks_item import RenderDefinitionBlocksItem
        from ..models.render_definition_data import RenderDefinitionData
        from ..models.render_definition_variables_item import (
            RenderDefinitionVariablesItem,
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
            _related = d.pop("related", UNSET)
            related: Receiver | Unset
            if isinstance(_related, Unset):
                related = UNSET
            else:
                related = Receiver.from_dict(_related)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("related", error) from error

        try:
            _data = d.pop("data", UNSET)
            data: RenderDefinitionData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = RenderDefinitionData.from_dict(_data)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("data", error) from error

        try:
            _blocks = d.pop("blocks", UNSET)
            blocks: list[RenderDefinitionBlocksItem] | Unset = UNSET
            if _blocks is not UNSET:
                blocks = []
                for blocks_item_data in _blocks:
                    blocks_item = RenderDefinitionBlocksItem.from_dict(blocks_item_data)

                    blocks.append(blocks_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("blocks", error) from error

        try:
            _variables = d.pop("variables", UNSET)
            variables: list[RenderDefinitionVariablesItem] | Unset = UNSET
            if _variables is not UNSET:
                variables = []
                for variables_item_data in _variables:
                    variables_item = RenderDefinitionVariablesItem.from_dict(
                        variables_item_data
                    )

                    variables.append(variables_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("variables", error) from error

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
            _headers = d.pop("headers", UNSET)
            headers: MessageHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = MessageHeaders.from_dict(_headers)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("headers", error) from error

        try:
            subject = d.pop("subject", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("subject", error) from error

        try:
            _content = d.pop("content", UNSET)
            content: ContentOverride | Unset
            if isinstance(_content, Unset):
                content = UNSET
            else:
                content = ContentOverride.from_dict(_content)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("content", error) from error

        render_definition = cls(
            receiver=receiver,
            related=related,
            data=data,
            blocks=blocks,
            variables=variables,
            stamp=stamp,
            headers=headers,
            subject=subject,
            content=content,
        )

        render_definition.additional_properties = d
        return render_definition

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
