"""Subscription: `client.subscriptions`, push-notification subscriptions of contacts."""

from __future__ import annotations

from np6_api.api.subscription import (
    delete_subscription,
    delete_target_subscriptions,
    delete_target_subscriptions_by_identifier,
    find_target_subscriptions,
    get_subscription,
    list_target_subscriptions,
    put_subscription,
)

from .._operation import C, Call, Operation, Resource
from .._validate import Unicity, identifier_params


def _by_identifier(*, unicity: Unicity | None = None, hash: str | None = None) -> Call:
    # The find and delete twins take the same two identifiers: one signature serves both.
    return (), identifier_params(unicity=unicity, hash=hash)


class Subscriptions(Resource[C]):
    """Push-notification subscriptions."""

    get = Operation(get_subscription)
    put = Operation(put_subscription)
    delete = Operation(delete_subscription)
    for_target = Operation(list_target_subscriptions)
    find = Operation(find_target_subscriptions).adapt(_by_identifier)
    delete_for_target = Operation(delete_target_subscriptions)
    delete_found = Operation(delete_target_subscriptions_by_identifier).adapt(_by_identifier)
