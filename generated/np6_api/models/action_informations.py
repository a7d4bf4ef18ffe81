from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.action_state import ActionState
from ..types import UNSET, Unset, field_error, parse_union, union_error

T = TypeVar("T", bound="ActionInformations")


@_attrs_define
class ActionInformations:
    """
    Attributes:
        folder (int | None | Unset): Id of the folder holding the action.
        category (int | None | Unset): Id of the action's category.
        state (ActionState | None | Unset): Current state of the action (the meaning of the codes is not documented).
    """

    folder: int | None | Unset = UNSET
    category: int | None | Unset = UNSET
    state: ActionState | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder: int | None | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        category: int | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        state: int | None | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        elif isinstance(self.state, ActionState):
            state = self.state.value
        else:
            state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if folder is not UNSET:
            field_dict["folder"] = folder
        if category is not UNSET:
            field_dict["category"] = category
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:

            def _parse_folder(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            folder = _parse_folder(d.pop("folder", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("folder", error) from error

        try:

            def _parse_category(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            category = _parse_category(d.pop("category", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("category", error) from error

        try:

            def _parse_state(data: object) -> ActionState | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, int):
                        raise TypeError()
                    state_type_0 = ActionState(data)

                    return state_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            state = parse_union(_parse_state, d.pop("state", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("state", error) from error

        action_informations = cls(
            folder=folder,
            category=category,
            state=state,
        )

        action_informations.additional_properties = d
        return action_informations

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
