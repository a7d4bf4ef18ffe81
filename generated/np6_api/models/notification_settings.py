from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.notification_settings_expiration import NotificationSettingsExpiration
    from ..models.notification_settings_mp import NotificationSettingsMp
    from ..models.notification_settings_purpose import NotificationSettingsPurpose


T = TypeVar("T", bound="NotificationSettings")


@_attrs_define
class NotificationSettings:
    """
    Attributes:
        urgent (bool | Unset):  Default: False.
        purpose (NotificationSettingsPurpose | Unset): Purpose of the notification (Marketing or Service per the
            reference; shape not shown).
        expiration (NotificationSettingsExpiration | Unset):
        mp (NotificationSettingsMp | Unset): Marketing-pressure settings.
    """

    urgent: bool | Unset = False
    purpose: NotificationSettingsPurpose | Unset = UNSET
    expiration: NotificationSettingsExpiration | Unset = UNSET
    mp: NotificationSettingsMp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urgent = self.urgent

        purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.to_dict()

        expiration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.to_dict()

        mp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mp, Unset):
            mp = self.mp.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if urgent is not UNSET:
            field_dict["urgent"] = urgent
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if mp is not UNSET:
            field_dict["mp"] = mp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.notification_settings_expiration import (
            NotificationSettingsExpiration,
        )
        from ..models.notification_settings_mp import NotificationSettingsMp
        from ..models.notification_settings_purpose import NotificationSettingsPurpose

        d = dict(src_dict)
        try:
            urgent = d.pop("urgent", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("urgent", error) from error

        try:
            _purpose = d.pop("purpose", UNSET)
            purpose: NotificationSettingsPurpose | Unset
            if isinstance(_purpose, Unset):
                purpose = UNSET
            else:
                purpose = NotificationSettingsPurpose.from_dict(_purpose)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("purpose", error) from error

        try:
            _expiration = d.pop("expiration", UNSET)
            expiration: NotificationSettingsExpiration | Unset
            if isinstance(_expiration, Unset):
                expiration = UNSET
            else:
                expiration = NotificationSettingsExpiration.from_dict(_expiration)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("expiration", error) from error

        try:
            _mp = d.pop("mp", UNSET)
            mp: NotificationSettingsMp | Unset
            if isinstance(_mp, Unset):
                mp = UNSET
            else:
                mp = NotificationSettingsMp.from_dict(_mp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("mp", error) from error

        notification_settings = cls(
            urgent=urgent,
            purpose=purpose,
            expiration=expiration,
            mp=mp,
        )

        notification_settings.additional_properties = d
        return notification_settings

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
