"""Subscription: `client.subscriptions`, push-notification subscriptions of contacts."""

from __future__ import annotations

from np6_api.bindings import subscriptions as generated
from np6_api.bindings.subscriptions import SubscriptionsPlain as Plain

from .._operation import C, Call
from .._validate import Unicity, identifier_params


def _by_identifier(*, unicity: Unicity | None = None, hash: str | None = None) -> Call:
    # The find and delete twins take the same two identifiers: one signature serves both.
    return (), identifier_params(unicity=unicity, hash=hash)


class Subscriptions(generated.Subscriptions[C]):
    """Push-notification subscriptions."""

    find = Plain.find.adapt(_by_identifier)
    delete_found = Plain.delete_found.adapt(_by_identifier)
