from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_action_settings_consent import EmailActionSettingsConsent
from ..models.email_action_settings_edition_mode import EmailActionSettingsEditionMode
from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.email_action_settings_environment import (
        EmailActionSettingsEnvironment,
    )
    from ..models.email_action_settings_mp import EmailActionSettingsMp
    from ..models.email_action_settings_performance import (
        EmailActionSettingsPerformance,
    )
    from ..models.email_action_settings_templating import EmailActionSettingsTemplating
    from ..models.typed_object import TypedObject


T = TypeVar("T", bound="EmailActionSettings")


@_attrs_define
class EmailActionSettings:
    """
    Attributes:
        templating (EmailActionSettingsTemplating | Unset):
        edition_mode (EmailActionSettingsEditionMode | Unset):
        purpose (TypedObject | Unset):
        consent (EmailActionSettingsConsent | Unset):
        priority (bool | Unset): True sends through the dedicated high-priority queue.
        importance (bool | Unset): True flags the email as important in the webmail clients that support it.
        environment (EmailActionSettingsEnvironment | Unset):
        field (int | Unset):
        culture (str | Unset):
        content_format (int | Unset):
        use_form_link_ssl (bool | Unset):
        sending_profile (int | Unset):
        performance (EmailActionSettingsPerformance | Unset):
        mp (EmailActionSettingsMp | Unset):
        web_analyser (int | Unset):
        archive (bool | Unset):
    """

    templating: EmailActionSettingsTemplating | Unset = UNSET
    edition_mode: EmailActionSettingsEditionMode | Unset = UNSET
    purpose: TypedObject | Unset = UNSET
    consent: EmailActionSettingsConsent | Unset = UNSET
    priority: bool | Unset = UNSET
    importance: bool | Unset = UNSET
    environment: EmailActionSettingsEnvironment | Unset = UNSET
    field: int | Unset = UNSET
    culture: str | Unset = UNSET
    content_format: int | Unset = UNSET
    use_form_link_ssl: bool | Unset = UNSET
    sending_profile: int | Unset = UNSET
    performance: EmailActionSettingsPerformance | Unset = UNSET
    mp: EmailActionSettingsMp | Unset = UNSET
    web_analyser: int | Unset = UNSET
    archive: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        templating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.templating, Unset):
            templating = self.templating.to_dict()

        edition_mode: int | Unset = UNSET
        if not isinstance(self.edition_mode, Unset):
            edition_mode = self.edition_mode.value

        purpose: dict[str, Any] | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.to_dict()

        consent: int | Unset = UNSET
        if not isinstance(self.consent, Unset):
            consent = self.consent.value

        priority = self.priority

        importance = self.importance

        environment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.environment, Unset):
            environment = self.environment.to_dict()

        field = self.field

        culture = self.culture

        content_format = self.content_format

        use_form_link_ssl = self.use_form_link_ssl

        sending_profile = self.sending_profile

        performance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance, Unset):
            performance = self.performance.to_dict()

        mp: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mp, Unset):
            mp = self.mp.to_dict()

        web_analyser = self.web_analyser

        archive = self.archive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if templating is not UNSET:
            field_dict["templating"] = templating
        if edition_mode is not UNSET:
            field_dict["editionMode"] = edition_mode
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if consent is not UNSET:
            field_dict["consent"] = consent
        if priority is not UNSET:
            field_dict["priority"] = priority
        if importance is not UNSET:
            field_dict["importance"] = importance
        if environment is not UNSET:
            field_dict["environment"] = environment
        if field is not UNSET:
            field_dict["field"] = field
        if culture is not UNSET:
            field_dict["culture"] = culture
        if content_format is not UNSET:
            field_dict["contentFormat"] = content_format
        if use_form_link_ssl is not UNSET:
            field_dict["useFormLinkSSL"] = use_form_link_ssl
        if sending_profile is not UNSET:
            field_dict["sendingProfile"] = sending_profile
        if performance is not UNSET:
            field_dict["performance"] = performance
        if mp is not UNSET:
            field_dict["mp"] = mp
        if web_analyser is not UNSET:
            field_dict["webAnalyser"] = web_analyser
        if archive is not UNSET:
            field_dict["archive"] = archive

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_action_settings_environment import (
            EmailActionSettingsEnvironment,
        )
        from ..models.email_action_settings_mp import EmailActionSettingsMp
        from ..models.email_action_settings_performance import (
            EmailActionSettingsPerformance,
        )
        from ..models.email_action_settings_templating import (
            EmailActionSettingsTemplating,
        )
        from ..models.typed_object import TypedObject

        d = dict(src_dict)
        try:
            _templating = d.pop("templating", UNSET)
            templating: EmailActionSettingsTemplating | Unset
            if isinstance(_templating, Unset):
                templating = UNSET
            else:
                templating = EmailActionSettingsTemplating.from_dict(_templating)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("templating", error) from error

        try:
            _edition_mode = d.pop("editionMode", UNSET)
            edition_mode: EmailActionSettingsEditionMode | Unset
            if isinstance(_edition_mode, Unset):
                edition_mode = UNSET
            else:
                edition_mode = EmailActionSettingsEditionMode(_edition_mode)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("editionMode", error) from error

        try:
            _purpose = d.pop("purpose", UNSET)
            purpose: TypedObject | Unset
            if isinstance(_purpose, Unset):
                purpose = UNSET
            else:
                purpose = TypedObject.from_dict(_purpose)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("purpose", error) from error

        try:
            _consent = d.pop("consent", UNSET)
            consent: EmailActionSettingsConsent | Unset
            if isinstance(_consent, Unset):
                consent = UNSET
            else:
                consent = EmailActionSettingsConsent(_consent)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("consent", error) from error

        try:
            priority = d.pop("priority", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("priority", error) from error

        try:
            importance = d.pop("importance", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("importance", error) from error

        try:
            _environment = d.pop("environment", UNSET)
            environment: EmailActionSettingsEnvironment | Unset
            if isinstance(_environment, Unset):
                environment = UNSET
            else:
                environment = EmailActionSettingsEnvironment.from_dict(_environment)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("environment", error) from error

        try:
            field = d.pop("field", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("field", error) from error

        try:
            culture = d.pop("culture", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("culture", error) from error

        try:
            content_format = d.pop("contentFormat", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("contentFormat", error) from error

        try:
            use_form_link_ssl = d.pop("useFormLinkSSL", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("useFormLinkSSL", error) from error

        try:
            sending_profile = d.pop("sendingProfile", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("sendingProfile", error) from error

        try:
            _performance = d.pop("performance", UNSET)
            performance: EmailActionSettingsPerformance | Unset
            if isinstance(_performance, Unset):
                performance = UNSET
            else:
                performance = EmailActionSettingsPerformance.from_dict(_performance)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("performance", error) from error

        try:
            _mp = d.pop("mp", UNSET)
            mp: EmailActionSettingsMp | Unset
            if isinstance(_mp, Unset):
                mp = UNSET
            else:
                mp = EmailActionSettingsMp.from_dict(_mp)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("mp", error) from error

        try:
            web_analyser = d.pop("webAnalyser", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("webAnalyser", error) from error

        try:
            archive = d.pop("archive", UNSET)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("archive", error) from error

        email_action_settings = cls(
            templating=templating,
            edition_mode=edition_mode,
            purpose=purpose,
            consent=consent,
            priority=priority,
            importance=importance,
            environment=environment,
            field=field,
            culture=culture,
            content_format=content_format,
            use_form_link_ssl=use_form_link_ssl,
            sending_profile=sending_profile,
            performance=performance,
            mp=mp,
            web_analyser=web_analyser,
            archive=archive,
        )

        email_action_settings.additional_properties = d
        return email_action_settings

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
