from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.attachment import Attachment
    from ..models.carbon_copy import CarbonCopy
    from ..models.content_override import ContentOverride
    from ..models.message_definition_blocks_item import MessageDefinitionBlocksItem
    from ..models.message_definition_data import MessageDefinitionData
    from ..models.message_definition_variables_item import (
        MessageDefinitionVariablesItem,
    )
    from ..models.message_headers import MessageHeaders
    from ..models.receiver import Receiver
    from ..models.stamp import Stamp


T = TypeVar("T", bound="MessageDefinition")


@_attrs_define
class MessageDefinition:
    """One message to send.

    Attributes:
        recipient (Receiver | Unset):
        related (Receiver | Unset):
        copies (list[CarbonCopy] | Unset): Carbon copies.
        headers (MessageHeaders | Unset):
        subject (str | Unset): Subject template.
        attachments (list[Attachment] | Unset):
        content (ContentOverride | Unset):
        data (MessageDefinitionData | Unset): Rendering data.
        blocks (list[MessageDefinitionBlocksItem] | Unset): Blocks of additional data.
        variables (list[MessageDefinitionVariablesItem] | Unset):
        stamp (Stamp | Unset):
        urgent (bool | Unset): Priority of this message.
        important (bool | Unset): Importance of this message.
    """

    recipient: Receiver | Unset = UNSET
    related: Receiver | Unset = UNSET
    copies: list[CarbonCopy] | Unset = UNSET
    headers: MessageHeaders | Unset = UNSET
    subject: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    content: ContentOverride | Unset = UNSET
    data: MessageDefinitionData | Unset = UNSET
    blocks: list[MessageDefinitionBlocksItem] | Unset = UNSET
    variables: list[MessageDefinitionVariablesItem] | Unset = UNSET
    stamp: Stamp | Unset = UNSET
    urgent: bool | Unset = UNSET
    important: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        related: dict[str, Any] | Unset = UNSET
        if not isinstance(self.related, Unset):
            related = self.related.to_dict()

        copies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.copies, Unset):
            copies = []
            for copies_item_data in self.copies:
                copies_item = copies_item_data.to_dict()
                copies.append(copies_item)

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        subject = self.subject

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

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

        urgent = self.urgent

        important = self.important

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if related is not UNSET:
            field_dict["related"] = related
        if copies is not UNSET:
            field_dict["copies"] = copies
        if headers is not UNSET:
            field_dict["headers"] = headers
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if content is not UNSET:
            field_dict["content"] = content
        if data is not UNSET:
            field_dict["data"] = data
        if blocks is not UNSET:
            field_dict["blocks"] = blocks
        if variables is not UNSET:
            field_dict["variables"] = variables
        if stamp is not UNSET:
            field_dict["stamp"] = stamp
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if important is not UNSET:
            field_dict["important"] = important

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachment import Attachment
        from ..models.carbon_copy import CarbonCopy
        from ..models.content_override import ContentOverride
        from ..models.message_definition_blocks_item import MessageDefinitionBlocksItem
        from ..models.message_definition_data import MessageDefinitionData
        from ..models.message_definition_variables_item import (
            MessageDefinitionVariablesItem,
        )
        from ..models.message_headers import MessageHeaders
        from ..models.receiver import Receiver
        from ..models.stamp import Stamp

        d = dict(src_dict)
        try:
            _recipient = d.pop("recipient", UNSET)
            recipient: Receiver | Unset
            if isinstance(_recipient, Unset):
                recipient = UNSET
            else:
                recipient = Receiver.from_dict(_recipient)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("recipient", error) from error

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
            _copies = d.pop("copies", UNSET)
            copies: list[CarbonCopy] | Unset = UNSET
            if _copies is not UNSET:
                copies = []
                for copies_item_data in _copies:
                    copies_item = CarbonCopy.from_dict(copies_item_data)

                    copies.append(copies_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("copies", error) from error

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
            _attachments = d.pop("attachments", UNSET)
            attachments: list[Attachment] | Unset = UNSET
            if _attachments is not UNSET:
                attachments = []
                for attachments_item_data in _attachments:
                    attachments_item = Attachment.from_dict(attachments_item_data)

                    attachments.append(attachments_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("attachments", error) from error

        try:
            _content = d.pop("content", UNSET)
            content: ContentOverride | Unset
            if isinstance(_content, Unset):
                content = UNSET
            else:
                content = ContentOverride.from_dict(_content)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("content", error) from error

        try:
            _data = d.pop("data", UNSET)
            data: MessageDefinitionData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = MessageDefinitionData.from_dict(_data)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("data", error) from error

        try:
            _blocks = d.pop("blocks", UNSET)
            blocks: list[MessageDefinitionBlocksItem] | Unset = UNSET
            if _blocks is not UNSET:
                blocks = []
                for blocks_item_data in _blocks:
                    blocks_item = MessageDefinitionBlocksItem.from_dict(
                        blocks_item_data
                    )

                    blocks.append(blocks_item)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("blocks", error) from error

        try:
            _variables = d.pop("variables", UNSET)
            variables: list[MessageDefinitionVariablesItem] | Unset = UNSET
            if _variables is not UNSET:
                variables = []
                for variables_item_data in _variables:
                    variables_item = MessageDefinitionVariablesItem.from_dict(
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
            urgent = d.pop("urgent", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("urgent", error) from error

        try:
            important = d.pop("important", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("important", error) from error

        message_definition = cls(
            recipient=recipient,
            related=related,
            copies=copies,
            headers=headers,
            subject=subject,
            attachments=attachments,
            content=content,
            data=data,
            blocks=blocks,
            variables=variables,
            stamp=stamp,
            urgent=urgent,
            important=important,
        )

        message_definition.additional_properties = d
        return message_definition

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
