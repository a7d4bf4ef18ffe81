"""Notification and Display: `client.notifications` (push messages) and `client.displays`."""

from __future__ import annotations

from np6_api.api.display import list_display_activations, list_display_content_activations
from np6_api.api.notification import (
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

from .._operation import C, Operation, Resource


class Notifications(Resource[C]):
    """Push notifications, their versions, renders, sends, events and reactivities."""

    list = Operation(list_notifications)
    create = Operation(create_notification)
    get = Operation(get_notification)
    update = Operation(update_notification)
    delete = Operation(delete_notification)
    duplicate = Operation(duplicate_notification)
    # Renders of the master version, then of a given version.
    render = Operation(render_notification)
    render_for_contact = Operation(render_notification_for_contact)
    render_for_contact_by_key = Operation(render_notification_for_contact_by_key)
    render_version = Operation(render_notification_version)
    render_version_for_contact = Operation(render_notification_version_for_contact)
    render_version_for_contact_by_key = Operation(render_notification_version_for_contact_by_key)
    send = Operation(send_notification_message)
    send_many = Operation(send_notification_messages)
    # Events of one notification.
    activations = Operation(list_notification_activations)
    executions = Operation(list_notification_executions)
    cancellations = Operation(list_notification_cancellations)
    # Reactivities of one notification, and of all notifications.
    reactivities = Operation(list_notification_reactivities)
    optout_reactivities = Operation(list_notification_optout_reactivities)
    bounce_reactivities = Operation(list_notification_bounce_reactivities)
    all_reactivities = Operation(list_all_notification_reactivities)
    all_impression_reactivities = Operation(list_all_notification_impression_reactivities)
    all_hit_reactivities = Operation(list_all_notification_hit_reactivities)
    all_optout_reactivities = Operation(list_all_notification_optout_reactivities)
    all_bounce_reactivities = Operation(list_all_notification_bounce_reactivities)


class Displays(Resource[C]):
    """Display events."""

    activations = Operation(list_display_activations)
    content_activations = Operation(list_display_content_activations)
