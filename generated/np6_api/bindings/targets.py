"""`client.targets`: api.contact.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.contact import (
        add_target_to_mail_red_list,
        add_target_to_segment,
        count_targets,
        create_target,
        delete_target,
        delete_targets,
        find_target,
        find_target_activations,
        get_target,
        list_mail_red_list,
        list_sms_red_list,
        list_target_activations,
        list_target_events,
        list_target_form_hits,
        list_target_hits,
        list_target_notifications,
        list_target_opens,
        list_target_segments,
        list_target_stops,
        remove_target_from_segment,
        update_target,
    )
else:  # imported on first call
    add_target_to_mail_red_list = "np6_api.api.contact.add_target_to_mail_red_list"
    add_target_to_segment = "np6_api.api.contact.add_target_to_segment"
    count_targets = "np6_api.api.contact.count_targets"
    create_target = "np6_api.api.contact.create_target"
    delete_target = "np6_api.api.contact.delete_target"
    delete_targets = "np6_api.api.contact.delete_targets"
    find_target = "np6_api.api.contact.find_target"
    find_target_activations = "np6_api.api.contact.find_target_activations"
    get_target = "np6_api.api.contact.get_target"
    list_mail_red_list = "np6_api.api.contact.list_mail_red_list"
    list_sms_red_list = "np6_api.api.contact.list_sms_red_list"
    list_target_activations = "np6_api.api.contact.list_target_activations"
    list_target_events = "np6_api.api.contact.list_target_events"
    list_target_form_hits = "np6_api.api.contact.list_target_form_hits"
    list_target_hits = "np6_api.api.contact.list_target_hits"
    list_target_notifications = "np6_api.api.contact.list_target_notifications"
    list_target_opens = "np6_api.api.contact.list_target_opens"
    list_target_segments = "np6_api.api.contact.list_target_segments"
    list_target_stops = "np6_api.api.contact.list_target_stops"
    remove_target_from_segment = "np6_api.api.contact.remove_target_from_segment"
    update_target = "np6_api.api.contact.update_target"


class Targets(Resource[C]):
    """api.contact"""

    activations = Operation(
        list_target_activations,
        "targets.activations",
        "Activation events of a contact, by id.",
    )
    activations_by_hash = Operation(
        find_target_activations,
        "targets.activations_by_hash",
        "Activation events of a contact, by hash.",
    )
    add_to_mail_red_list = Operation(
        add_target_to_mail_red_list,
        "targets.add_to_mail_red_list",
        "Put a target in the mail red list.",
    )
    add_to_segment = Operation(
        add_target_to_segment,
        "targets.add_to_segment",
        "Add one target to a segment.\n\nFrom NP6's example scripts. The 8.1.0 reference adds targets to a segment with\nsegments.add_targets (PUT /segments/{id}/targets, up to 50 ids per call).",
    )
    count = Operation(
        count_targets,
        "targets.count",
        "Count the targets of the account.",
    )
    create = Operation(
        create_target,
        "targets.create",
        "Create a target.\n\nFrom NP6's example scripts: the unicity value goes in the query, the field values (keyed\nby field id) in the body. The 8.1.0 reference shows no create operation, only\ntargets.update (PUT /targets).",
    )
    delete = Operation(
        delete_target,
        "targets.delete",
        "Delete a target.",
    )
    delete_many = Operation(
        delete_targets,
        "targets.delete_many",
        "Delete targets in bulk.\n\nDeletes a set of targets chosen by a typed selector. Only the `segment` selector is\nshown by the reference (as the example), without its other fields.",
    )
    events = Operation(
        list_target_events,
        "targets.events",
        "Every event of a contact, by id.",
    )
    form_hits = Operation(
        list_target_form_hits,
        "targets.form_hits",
        "Form hits of a contact, by id.",
    )
    get = Operation(
        get_target,
        "targets.get",
        "Retrieve a target by id.\n\nReturns one target. The reference documents an optional GET body naming the field ids to\nkeep in the output.",
    )
    notifications = Operation(
        list_target_notifications,
        "targets.notifications",
        "Notifications routed to a target.",
    )
    opens = Operation(
        list_target_opens,
        "targets.opens",
        "Open hits of a contact, by id.",
    )
    remove_from_segment = Operation(
        remove_target_from_segment,
        "targets.remove_from_segment",
        "Remove one target from a segment.",
    )
    segments = Operation(
        list_target_segments,
        "targets.segments",
        "List the segments of a target.",
    )


class TargetsPlain:
    """Operations np6 adapts (x-np6-adapted), for np6.resources.targets."""

    find = Operation(
        find_target,
        "targets.find",
        "Retrieve a target by hash or unicity.\n\nLooks a target up by its hash or by its unicity value(s). Experimental in the reference.\nThe reference also documents a JSON array of strings as request body of this GET.",
    )
    hits = Operation(
        list_target_hits,
        "targets.hits",
        "Retrieve hit events of a contact by id, unicity or hash.\n\nThe reference documents this path three times, once per identifier. Exactly one of `id`,\n`unicity` or `hash` is required; the np6 facade enforces it. `start` and `end` accept an\nISO date or a timestamp.",
    )
    mail_red_list = Operation(
        list_mail_red_list,
        "targets.mail_red_list",
        "Red-listed targets of the mail channel.",
    )
    sms_red_list = Operation(
        list_sms_red_list,
        "targets.sms_red_list",
        "Red-listed targets of the SMS channel.",
    )
    stops = Operation(
        list_target_stops,
        "targets.stops",
        "Stop responses of a contact.\n\nThe reference documents this path three times, with the contact given by `id`, `unicity`\nor `hash`: exactly one of them is required.",
    )
    update = Operation(
        update_target,
        "targets.update",
        "Update a target.\n\nUpdates a target from a free-form object of field values. The reference does not list\nthe properties of this body.",
    )
