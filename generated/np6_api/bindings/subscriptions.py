"""`client.subscriptions`: api.subscription.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.subscription import (
        delete_subscription,
        delete_target_subscriptions,
        delete_target_subscriptions_by_identifier,
        find_target_subscriptions,
        get_subscription,
        list_target_subscriptions,
        put_subscription,
    )
else:  # imported on first call
    delete_subscription = "np6_api.api.subscription.delete_subscription"
    delete_target_subscriptions = "np6_api.api.subscription.delete_target_subscriptions"
    delete_target_subscriptions_by_identifier = (
        "np6_api.api.subscription.delete_target_subscriptions_by_identifier"
    )
    find_target_subscriptions = "np6_api.api.subscription.find_target_subscriptions"
    get_subscription = "np6_api.api.subscription.get_subscription"
    list_target_subscriptions = "np6_api.api.subscription.list_target_subscriptions"
    put_subscription = "np6_api.api.subscription.put_subscription"


class Subscriptions(Resource[C]):
    """api.subscription"""

    delete = Operation(
        delete_subscription,
        "subscriptions.delete",
        "Delete a subscription.",
    )
    delete_for_target = Operation(
        delete_target_subscriptions,
        "subscriptions.delete_for_target",
        "Delete the subscriptions of a contact, by id.",
    )
    for_target = Operation(
        list_target_subscriptions,
        "subscriptions.for_target",
        "Subscriptions of a contact, by id.",
    )
    get = Operation(
        get_subscription,
        "subscriptions.get",
        "Retrieve a subscription.",
    )
    put = Operation(
        put_subscription,
        "subscriptions.put",
        "Create or update a subscription.",
    )


class SubscriptionsPlain:
    """Operations np6 adapts (x-np6-adapted), for np6.resources.subscriptions."""

    delete_found = Operation(
        delete_target_subscriptions_by_identifier,
        "subscriptions.delete_found",
        "Delete the subscriptions of a contact, by unicity or hash.\n\nExactly one of `unicity` or `hash` is required.",
    )
    find = Operation(
        find_target_subscriptions,
        "subscriptions.find",
        "Subscriptions of a contact, by unicity or hash.\n\nThe reference documents this path twice, with the contact given by `unicity` or `hash`:\nexactly one of them is required.",
    )
