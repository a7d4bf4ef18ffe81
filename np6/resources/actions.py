"""Email & SMS: `client.actions`, the marketing actions with their events and reactivities."""

from __future__ import annotations

from np6_api.api.email_sms import (
    create_action,
    delete_action,
    duplicate_action,
    export_action_clicks,
    export_action_opens,
    get_action,
    list_action_activations,
    list_action_bounces,
    list_action_cancellations,
    list_action_mirror_hit_reactivities,
    list_action_mirror_hits,
    list_action_redirection_hit_reactivities,
    list_action_unsubscribe_hit_reactivities,
    list_actions,
    list_all_action_bounce_reactivities,
    list_all_action_events,
    list_all_action_form_hit_reactivities,
    list_all_action_hit_reactivities,
    list_all_action_mirror_hit_reactivities,
    list_all_action_open_hit_reactivities,
    list_all_action_reactivities,
    list_all_action_redirection_hit_reactivities,
    render_action_links,
    render_action_message,
    render_action_messages,
    send_action_message,
    send_action_messages,
    send_action_to_target,
    unvalidate_action,
    update_action,
    validate_action,
)

from .._operation import C, Operation, Resource


class Actions(Resource[C]):
    """Marketing actions (email and SMS messages)."""

    list = Operation(list_actions)
    create = Operation(create_action)
    get = Operation(get_action)
    update = Operation(update_action)
    delete = Operation(delete_action)
    duplicate = Operation(duplicate_action)
    validate = Operation(validate_action)
    unvalidate = Operation(unvalidate_action)
    render = Operation(render_action_message)
    render_many = Operation(render_action_messages)
    render_links = Operation(render_action_links)
    send = Operation(send_action_message)
    send_many = Operation(send_action_messages)
    send_to_target = Operation(send_action_to_target)
    export_opens = Operation(export_action_opens)
    export_clicks = Operation(export_action_clicks)
    # Events of one action, and of all actions.
    activations = Operation(list_action_activations)
    cancellations = Operation(list_action_cancellations)
    bounces = Operation(list_action_bounces)
    mirror_hits = Operation(list_action_mirror_hits)
    all_events = Operation(list_all_action_events)
    # Reactivities of one action, and of all actions.
    redirection_hit_reactivities = Operation(list_action_redirection_hit_reactivities)
    unsubscribe_hit_reactivities = Operation(list_action_unsubscribe_hit_reactivities)
    mirror_hit_reactivities = Operation(list_action_mirror_hit_reactivities)
    all_reactivities = Operation(list_all_action_reactivities)
    all_bounce_reactivities = Operation(list_all_action_bounce_reactivities)
    all_hit_reactivities = Operation(list_all_action_hit_reactivities)
    all_open_hit_reactivities = Operation(list_all_action_open_hit_reactivities)
    all_redirection_hit_reactivities = Operation(list_all_action_redirection_hit_reactivities)
    all_mirror_hit_reactivities = Operation(list_all_action_mirror_hit_reactivities)
    all_form_hit_reactivities = Operation(list_all_action_form_hit_reactivities)
