from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_execution_state import ImportExecutionState
from ..types import UNSET, Unset, field_error

T = TypeVar("T", bound="ImportExecution")


@_attrs_define
class ImportExecution:
    """
    Attributes:
        state (ImportExecutionState | Unset): 0 processing, 1 completed, 2 error.
    """

    state: ImportExecutionState | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            _state = d.pop("state", UNSET)
            state: ImportExecutionState | Unset
            if isinstance(_state, Unset):
                state = UNSET
            else:
                state = ImportExecutionState(_state)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("state", error) from error

        import_execution = cls(
            state=state,
        )

        import_execution.additional_properties = d
        return import_execution

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
