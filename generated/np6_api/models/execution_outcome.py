from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.execution_outcome_arguments import ExecutionOutcomeArguments


T = TypeVar("T", bound="ExecutionOutcome")


@_attrs_define
class ExecutionOutcome:
    """
    Attributes:
        type_ (str | Unset):
        arguments (ExecutionOutcomeArguments | Unset):
        value (Any | Unset):
    """

    type_: str | Unset = UNSET
    arguments: ExecutionOutcomeArguments | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        arguments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.arguments, Unset):
            arguments = self.arguments.to_dict()

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.execution_outcome_arguments import ExecutionOutcomeArguments

        d = dict(src_dict)
        try:
            type_ = d.pop("type", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("type", error) from error

        try:
            _arguments = d.pop("arguments", UNSET)
            arguments: ExecutionOutcomeArguments | Unset
            if isinstance(_arguments, Unset):
                arguments = UNSET
            else:
                arguments = ExecutionOutcomeArguments.from_dict(_arguments)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("arguments", error) from error

        try:
            value = d.pop("value", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("value", error) from error

        execution_outcome = cls(
            type_=type_,
            arguments=arguments,
            value=value,
        )

        execution_outcome.additional_properties = d
        return execution_outcome

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
