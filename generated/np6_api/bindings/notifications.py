"""`client.notifications`: api.notification.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.notification import (
        create_notification,
        delete_notification,
        duplicate_notification,
        get_notification,
        list_all_notification_bounce_reactivities,
        list_all_notification_hit_reactivities,
        list_all_notification_impression_reactivities,
        list_all_notification_optout_reactivities,
        list_all_notification_reactivities,
        list_notification_activations,
        list_notification_bounce_reactivities,
        list_notification_cancellations,
        list_notification_executions,
        list_notification_optout_reactivities,
        list_notification_reactivities,
        list_notifications,
        render_notification,
        render_notification_for_contact,
        render_notification_for_contact_by_key,
        render_notification_version,
        render_notification_version_for_contact,
        render_notification_version_for_contact_by_key,
        send_notification_message,
        send_notification_messages,
        update_notification,
    )
else:  # imported on first call
    create_notification = "np6_api.api.notification.create_notification"
    delete_notification = "np6_api.api.notification.delete_notification"
    duplicate_notification = "np6_api.api.notification.duplicate_notification"
    get_notification = "np6_api.api.notification.get_notification"
    list_all_notification_bounce_reactivities = (
        "np6_api.api.notification.list_all_notification_bounce_reactivities"
    )
    list_all_notification_hit_reactivities = (
        "np6_api.api.notification.list_all_notification_hit_reactivities"
    )
    list_all_notification_impression_reactivities = (
        "np6_api.api.notification.list_all_notification_impression_reactivities"
    )
    list_all_notification_optout_reactivities = (
        "np6_api.api.notification.list_all_notification_optout_reactivities"
    )
    list_all_notification_reactivities = (
        "np6_api.api.notification.list_all_notification_reactivities"
    )
    list_notification_activations = (
        "np6_api.api.notification.list_notification_activations"
    )
    list_notification_bounce_reactivities = (
        "np6_api.api.notification.list_notification_bounce_reactivities"
    )
    list_notification_cancellations = (
        "np6_api.api.notification.list_notification_cancellations"
    )
    list_notification_executions = (
        "np6_api.api.notification.list_notification_executions"
    )
    list_notification_optout_reactivities = (
        "np6_api.api.notification.list_notification_optout_reactivities"
    )
    list_notification_reactivities = (
        "np6_api.api.notification.list_notification_reactivities"
    )
    list_notifications = "np6_api.api.notification.list_notifications"
    render_notification = "np6_api.api.notification.render_notification"
    render_notification_for_contact = (
        "np6_api.api.notification.render_notification_for_contact"
    )
    render_notification_for_contact_by_key = (
        "np6_api.api.notification.render_notification_for_contact_by_key"
    )
    render_notification_version = "np6_api.api.notification.render_notification_version"
    render_notification_version_for_contact = (
        "np6_api.api.notification.render_notification_version_for_contact"
    )
    render_notification_version_for_contact_by_key = (
        "np6_api.api.notification.render_notification_version_for_contact_by_key"
    )
    send_notification_message = "np6_api.api.notification.send_notification_message"
    send_notification_messages = "np6_api.api.notification.send_notification_messages"
    update_notification = "np6_api.api.notification.update_notification"


class Notifications(Resource[C]):
    """api.notification"""

    activations = Operation(
        list_notification_activations,
        "notifications.activations",
        "Retrieve activations of the specified notification.",
    )
    all_bounce_reactivities = Operation(
        list_all_notification_bounce_reactivities,
        "notifications.all_bounce_reactivities",
        'Retrieve "bounce" reactivities of all notifications.',
    )
    all_hit_reactivities = Operation(
        list_all_notification_hit_reactivities,
        "notifications.all_hit_reactivities",
        'Retrieve "hit" reactivities of all notifications.',
    )
    all_impression_reactivities = Operation(
        list_all_notification_impression_reactivities,
        "notifications.all_impression_reactivities",
        'Retrieve "impression" reactivities of all notifications.',
    )
    all_optout_reactivities = Operation(
        list_all_notification_optout_reactivities,
        "notifications.all_optout_reactivities",
        'Retrieve "optout" reactivities of all notifications.',
    )
    all_reactivities = Operation(
        list_all_notification_reactivities,
        "notifications.all_reactivities",
        "Retrieve reactivities of all notifications.",
    )
    bounce_reactivities = Operation(
        list_notification_bounce_reactivities,
        "notifications.bounce_reactivities",
        'Retrieve "bounce" reactivities of the specified notification.',
    )
    cancellations = Operation(
        list_notification_cancellations,
        "notifications.cancellations",
        "Retrieve cancellations of the specified notification.",
    )
    create = Operation(
        create_notification,
        "notifications.create",
        "Create a notification.",
    )
    delete = Operation(
        delete_notification,
        "notifications.delete",
        "Delete a notification.",
    )
    duplicate = Operation(
        duplicate_notification,
        "notifications.duplicate",
        "Duplicate a notification.",
    )
    executions = Operation(
        list_notification_executions,
        "notifications.executions",
        "Retrieve executions of the specified notification.",
    )
    get = Operation(
        get_notification,
        "notifications.get",
        "Retrieve the specified notification.",
    )
    list = Operation(
        list_notifications,
        "notifications.list",
        "Retrieve all notifications.",
    )
    optout_reactivities = Operation(
        list_notification_optout_reactivities,
        "notifications.optout_reactivities",
        'Retrieve "optout" reactivities of the specified notification.',
    )
    reactivities = Operation(
        list_notification_reactivities,
        "notifications.reactivities",
        "Retrieve reactivities of the specified notification.",
    )
    render = Operation(
        render_notification,
        "notifications.render",
        'Render the "master" version of the specified notification.',
    )
    render_for_contact = Operation(
        render_notification_for_contact,
        "notifications.render_for_contact",
        'Render the "master" version of a notification for a contact id.',
    )
    render_for_contact_by_key = Operation(
        render_notification_for_contact_by_key,
        "notifications.render_for_contact_by_key",
        'Render the "master" version of a notification for a contact unicity or hash.\n\nExactly one of `unicity` and `hash` is required.',
    )
    render_version = Operation(
        render_notification_version,
        "notifications.render_version",
        "Render the specified version of the specified notification.",
    )
    render_version_for_contact = Operation(
        render_notification_version_for_contact,
        "notifications.render_version_for_contact",
        "Render the specified version of a notification for a contact id.",
    )
    render_version_for_contact_by_key = Operation(
        render_notification_version_for_contact_by_key,
        "notifications.render_version_for_contact_by_key",
        "Render the specified version of a notification for a contact unicity or hash.\n\nExactly one of `unicity` and `hash` is required.",
    )
    send = Operation(
        send_notification_message,
        "notifications.send",
        "Execute the specified notification (one recipient).",
    )
    send_many = Operation(
        send_notification_messages,
        "notifications.send_many",
        "Execute the specified notification (several recipients).",
    )
    update = Operation(
        update_notification,
        "notifications.update",
        "Update a notification.",
    )
