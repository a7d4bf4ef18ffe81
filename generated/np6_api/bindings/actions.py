"""`client.actions`: api.email_sms.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.email_sms import (
        create_action,
        delete_action,
        duplicate_action,
        export_action_bounces,
        export_action_clicks,
        export_action_complaints,
        export_action_opens,
        export_action_recipients,
        export_action_unsubscribes,
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
else:  # imported on first call
    create_action = "np6_api.api.email_sms.create_action"
    delete_action = "np6_api.api.email_sms.delete_action"
    duplicate_action = "np6_api.api.email_sms.duplicate_action"
    export_action_bounces = "np6_api.api.email_sms.export_action_bounces"
    export_action_clicks = "np6_api.api.email_sms.export_action_clicks"
    export_action_complaints = "np6_api.api.email_sms.export_action_complaints"
    export_action_opens = "np6_api.api.email_sms.export_action_opens"
    export_action_recipients = "np6_api.api.email_sms.export_action_recipients"
    export_action_unsubscribes = "np6_api.api.email_sms.export_action_unsubscribes"
    get_action = "np6_api.api.email_sms.get_action"
    list_action_activations = "np6_api.api.email_sms.list_action_activations"
    list_action_bounces = "np6_api.api.email_sms.list_action_bounces"
    list_action_cancellations = "np6_api.api.email_sms.list_action_cancellations"
    list_action_mirror_hit_reactivities = (
        "np6_api.api.email_sms.list_action_mirror_hit_reactivities"
    )
    list_action_mirror_hits = "np6_api.api.email_sms.list_action_mirror_hits"
    list_action_redirection_hit_reactivities = (
        "np6_api.api.email_sms.list_action_redirection_hit_reactivities"
    )
    list_action_unsubscribe_hit_reactivities = (
        "np6_api.api.email_sms.list_action_unsubscribe_hit_reactivities"
    )
    list_actions = "np6_api.api.email_sms.list_actions"
    list_all_action_bounce_reactivities = (
        "np6_api.api.email_sms.list_all_action_bounce_reactivities"
    )
    list_all_action_events = "np6_api.api.email_sms.list_all_action_events"
    list_all_action_form_hit_reactivities = (
        "np6_api.api.email_sms.list_all_action_form_hit_reactivities"
    )
    list_all_action_hit_reactivities = (
        "np6_api.api.email_sms.list_all_action_hit_reactivities"
    )
    list_all_action_mirror_hit_reactivities = (
        "np6_api.api.email_sms.list_all_action_mirror_hit_reactivities"
    )
    list_all_action_open_hit_reactivities = (
        "np6_api.api.email_sms.list_all_action_open_hit_reactivities"
    )
    list_all_action_reactivities = "np6_api.api.email_sms.list_all_action_reactivities"
    list_all_action_redirection_hit_reactivities = (
        "np6_api.api.email_sms.list_all_action_redirection_hit_reactivities"
    )
    render_action_links = "np6_api.api.email_sms.render_action_links"
    render_action_message = "np6_api.api.email_sms.render_action_message"
    render_action_messages = "np6_api.api.email_sms.render_action_messages"
    send_action_message = "np6_api.api.email_sms.send_action_message"
    send_action_messages = "np6_api.api.email_sms.send_action_messages"
    send_action_to_target = "np6_api.api.email_sms.send_action_to_target"
    unvalidate_action = "np6_api.api.email_sms.unvalidate_action"
    update_action = "np6_api.api.email_sms.update_action"
    validate_action = "np6_api.api.email_sms.validate_action"


class Actions(Resource[C]):
    """api.email_sms"""

    activations = Operation(
        list_action_activations,
        "actions.activations",
        "Retrieve activations of the specified action.\n\nThe reference does not show this operation's name.",
    )
    all_bounce_reactivities = Operation(
        list_all_action_bounce_reactivities,
        "actions.all_bounce_reactivities",
        'Retrieve "bounce" reactivities of all marketing actions.\n\nSummary/path pairing inferred from the sidebar order.',
    )
    all_events = Operation(
        list_all_action_events,
        "actions.all_events",
        "Retrieve events of all actions.\n\nEvents of every action, of all kinds in one array (activations, bounces, hits, ...). The\nreference does not show this operation's name.",
    )
    all_form_hit_reactivities = Operation(
        list_all_action_form_hit_reactivities,
        "actions.all_form_hit_reactivities",
        'Retrieve form "hit" reactivities of all marketing actions.',
    )
    all_hit_reactivities = Operation(
        list_all_action_hit_reactivities,
        "actions.all_hit_reactivities",
        'Retrieve "hit" reactivities of all marketing actions.',
    )
    all_mirror_hit_reactivities = Operation(
        list_all_action_mirror_hit_reactivities,
        "actions.all_mirror_hit_reactivities",
        'Retrieve mirror "hit" reactivities of all marketing actions.\n\nThe reference does not show this operation\'s name.',
    )
    all_open_hit_reactivities = Operation(
        list_all_action_open_hit_reactivities,
        "actions.all_open_hit_reactivities",
        'Retrieve open "hit" reactivities of all marketing actions.',
    )
    all_reactivities = Operation(
        list_all_action_reactivities,
        "actions.all_reactivities",
        "Retrieve reactivities of all marketing actions.\n\nReactivity events of every action, filtered on the time of the activation they relate to\nand/or on their own time. The reference does not show this operation's name.",
    )
    all_redirection_hit_reactivities = Operation(
        list_all_action_redirection_hit_reactivities,
        "actions.all_redirection_hit_reactivities",
        'Retrieve redirection "hit" reactivities of all marketing actions.',
    )
    bounces = Operation(
        list_action_bounces,
        "actions.bounces",
        "Retrieve bounces of the specified action.\n\nBounce events carry `source.detail.bounce` (status, analysis with a verdict such as\n`soft` or `hard`). Summary/path pairing inferred from the sidebar order.",
    )
    cancellations = Operation(
        list_action_cancellations,
        "actions.cancellations",
        "Retrieve cancellations of the specified action.\n\nCancellation events carry `source.detail.execution` (recipient, data, stamp) and\n`source.detail.cancellation`. Summary/path pairing inferred from the sidebar order.",
    )
    create = Operation(
        create_action,
        "actions.create",
        "Create an action.",
    )
    delete = Operation(
        delete_action,
        "actions.delete",
        "Delete an action.",
    )
    duplicate = Operation(
        duplicate_action,
        "actions.duplicate",
        "Duplicate an action.\n\nCreates a copy of an action, optionally of another type and in another folder.",
    )
    export_bounces = Operation(
        export_action_bounces,
        "actions.export_bounces",
        "Export the bounces of an action.",
    )
    export_clicks = Operation(
        export_action_clicks,
        "actions.export_clicks",
        "Export a list of recipients who have clicked a link on receipt of an action.",
    )
    export_complaints = Operation(
        export_action_complaints,
        "actions.export_complaints",
        "Export the complaints about an action.",
    )
    export_opens = Operation(
        export_action_opens,
        "actions.export_opens",
        "Export a list of recipients who have opened an action.",
    )
    export_recipients = Operation(
        export_action_recipients,
        "actions.export_recipients",
        "Export the recipients of an action.",
    )
    export_unsubscribes = Operation(
        export_action_unsubscribes,
        "actions.export_unsubscribes",
        "Export the unsubscriptions from an action.",
    )
    get = Operation(
        get_action,
        "actions.get",
        "Retrieve the specified action.",
    )
    list = Operation(
        list_actions,
        "actions.list",
        "Retrieve all actions.\n\nLists the actions of the account, optionally filtered on their creation date.\n`creation_start` and `creation_end` accept an ISO date or a timestamp.",
    )
    mirror_hit_reactivities = Operation(
        list_action_mirror_hit_reactivities,
        "actions.mirror_hit_reactivities",
        'Retrieve mirror "hit" reactivities of the specified action.',
    )
    mirror_hits = Operation(
        list_action_mirror_hits,
        "actions.mirror_hits",
        "Retrieve mirror hits of the specified action.",
    )
    redirection_hit_reactivities = Operation(
        list_action_redirection_hit_reactivities,
        "actions.redirection_hit_reactivities",
        'Retrieve redirection "hit" reactivities of the specified action.\n\nThe reference does not show this operation\'s name.',
    )
    render = Operation(
        render_action_message,
        "actions.render",
        "Render a message.\n\nRenders the action for one receiver. The reference's request example is broken ('[object\nObject]'), so none is given here.",
    )
    render_links = Operation(
        render_action_links,
        "actions.render_links",
        "Render links.\n\nRenders the links of an action for one receiver.",
    )
    render_many = Operation(
        render_action_messages,
        "actions.render_many",
        "Render multiple messages.\n\nRenders the action once per render definition. The reference's request example is broken\n('[object Object]'), so none is given here.",
    )
    send = Operation(
        send_action_message,
        "actions.send",
        "Send message.\n\nSends the action to one recipient. The reference's request example is broken ('[object\nObject]'), so none is given here.",
    )
    send_many = Operation(
        send_action_messages,
        "actions.send_many",
        "Send messages.\n\nSends the action once per message definition. The reference's request example is broken\n('[object Object]'), so none is given here.",
    )
    send_to_target = Operation(
        send_action_to_target,
        "actions.send_to_target",
        "Send a message.\n\nSends the action to one target, identified in the path.",
    )
    unsubscribe_hit_reactivities = Operation(
        list_action_unsubscribe_hit_reactivities,
        "actions.unsubscribe_hit_reactivities",
        'Retrieve unsubscription "hit" reactivities of the specified action.\n\nSummary/path pairing inferred from the sidebar order.',
    )
    unvalidate = Operation(
        unvalidate_action,
        "actions.unvalidate",
        "Unvalidate an action.\n\nWithdraws the validation of an action. This DELETE carries a JSON body.",
    )
    update = Operation(
        update_action,
        "actions.update",
        "Update an action.",
    )
    validate = Operation(
        validate_action,
        "actions.validate",
        "Test or validate an action.\n\nValidates the action, or starts its test phase (`fortest`), optionally sending proofs to\ntest segments.",
    )
