from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error, union_error

T = TypeVar("T", bound="TargetNotification")


@_attrs_define
class TargetNotification:
    """
    Attributes:
        notification_key (int | Unset):
        target (str | Unset):
        libelle (str | Unset):
        dismiss (datetime.datetime | None | Unset):
        activation (datetime.datetime | None | Unset):
        redirection (datetime.datetime | None | Unset):
    """

    notification_key: int | Unset = UNSET
    target: str | Unset = UNSET
    libelle: str | Unset = UNSET
    dismiss: datetime.datetime | None | Unset = UNSET
    activation: datetime.datetime | None | Unset = UNSET
    redirection: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_key = self.notification_key

        target = self.target

        libelle = self.libelle

        dismiss: None | str | Unset
        if isinstance(self.dismiss, Unset):
            dismiss = UNSET
        elif isinstance(self.dismiss, datetime.datetime):
            dismiss = self.dismiss.isoformat()
        else:
            dismiss = self.dismiss

        activation: None | str | Unset
        if isinstance(self.activation, Unset):
            activation = UNSET
        elif isinstance(self.activation, datetime.datetime):
            activation = self.activation.isoformat()
        else:
            activation = self.activation

        redirection: None | str | Unset
        if isinstance(self.redirection, Unset):
            redirection = UNSET
        elif isinstance(self.redirection, datetime.datetime):
            redirection = self.redirection.isoformat()
        else:
            redirection = self.redirection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if notification_key is not UNSET:
            field_dict["notification_key"] = notification_key
        if target is not UNSET:
            field_dict["target"] = target
        if libelle is not UNSET:
            field_dict["libelle"] = libelle
        if dismiss is not UNSET:
            field_dict["dismiss"] = dismiss
        if activation is not UNSET:
            field_dict["activation"] = activation
        if redirection is not UNSET:
            field_dict["redirection"] = redirection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        try:
            notification_key = d.pop("notification_key", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("notification_key", error) from error

        try:
            target = d.pop("target", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("target", error) from error

        try:
            libelle = d.pop("libelle", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("libelle", error) from error

        try:

            def _parse_dismiss(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    dismiss_type_0 = datetime.datetime.fromisoformat(data)

                    return dismiss_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            dismiss = _parse_dismiss(d.pop("dismiss", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("dismiss", error) from error

        try:

            def _parse_activation(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    activation_type_0 = datetime.datetime.fromisoformat(data)

                    return activation_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            activation = _parse_activation(d.pop("activation", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("activation", error) from error

        try:

            def _parse_redirection(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                errors: list[Exception] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    redirection_type_0 = datetime.datetime.fromisoformat(data)

                    return redirection_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            redirection = _parse_redirection(d.pop("redirection", UNSET))

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("redirection", error) from error

        target_notification = cls(
            notification_key=notification_key,
            target=target,
            libelle=libelle,
            dismiss=dismiss,
            activation=activation,
            redirection=redirection,
        )

        target_notification.additional_properties = d
        return target_notification

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
