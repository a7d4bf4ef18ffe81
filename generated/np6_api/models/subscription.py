from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, field_error

if TYPE_CHECKING:
    from ..models.lifecycle import Lifecycle
    from ..models.subscription_contact import SubscriptionContact
    from ..models.subscription_provider import SubscriptionProvider


T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """A push-notification subscription of a contact to a mobile application.

    Attributes:
        id (UUID | Unset):
        lifecycle (Lifecycle | Unset): When and by whom a resource was created and last modified.
        application (UUID | Unset):
        provider (SubscriptionProvider | Unset):
        contact (SubscriptionContact | Unset):
    """

    id: UUID | Unset = UNSET
    lifecycle: Lifecycle | Unset = UNSET
    application: UUID | Unset = UNSET
    provider: SubscriptionProvider | Unset = UNSET
    contact: SubscriptionContact | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        lifecycle: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lifecycle, Unset):
            lifecycle = self.lifecycle.to_dict()

        application: str | Unset = UNSET
        if not isinstance(self.application, Unset):
            application = str(self.application)

        provider: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.to_dict()

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if lifecycle is not UNSET:
            field_dict["lifecycle"] = lifecycle
        if application is not UNSET:
            field_dict["application"] = application
        if provider is not UNSET:
            field_dict["provider"] = provider
        if contact is not UNSET:
            field_dict["contact"] = contact

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lifecycle import Lifecycle
        from ..models.subscription_contact import SubscriptionContact
        from ..models.subscription_provider import SubscriptionProvider

        d = dict(src_dict)
        try:
            _id = d.pop("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = UUID(_id)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("id", error) from error

        try:
            _lifecycle = d.pop("lifecycle", UNSET)
            lifecycle: Lifecycle | Unset
            if isinstance(_lifecycle, Unset):
                lifecycle = UNSET
            else:
                lifecycle = Lifecycle.from_dict(_lifecycle)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("lifecycle", error) from error

        try:
            _application = d.pop("application", UNSET)
            application: UUID | Unset
            if isinstance(_application, Unset):
                application = UNSET
            else:
                application = UUID(_application)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("application", error) from error

        try:
            _provider = d.pop("provider", UNSET)
            provider: SubscriptionProvider | Unset
            if isinstance(_provider, Unset):
                provider = UNSET
            else:
                provider = SubscriptionProvider.from_dict(_provider)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("provider", error) from error

        try:
            _contact = d.pop("contact", UNSET)
            contact: SubscriptionContact | Unset
            if isinstance(_contact, Unset):
                contact = UNSET
            else:
                contact = SubscriptionContact.from_dict(_contact)

        except (KeyError, ValueError, TypeError, AttributeError) as error:
            raise field_error("contact", error) from error

        subscription = cls(
            id=id,
            lifecycle=lifecycle,
            application=application,
            provider=provider,
            contact=contact,
        )

        subscription.additional_properties = d
        return subscription

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
