"""Contact: `client.targets`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from np6_api.api.contact import (
    add_target_to_mail_red_list,
    count_targets,
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
    list_target_stops,
    update_target,
)
from np6_api.models.sort_order import SortOrder
from np6_api.models.update_target_body import UpdateTargetBody
from np6_api.types import UNSET

from .._operation import C, Call, Operation, Resource, args_for
from .._validate import (
    Unicity,
    When,
    exactly_one,
    identifier_params,
    maybe_datetime,
    unicity_value,
)

Sort = SortOrder | Literal["asc", "desc"]


def _find(
    *, hash: str | None = None, unicity: Unicity | None = None, body: list[str] | None = None
) -> Call:
    exactly_one(hash=hash, unicity=unicity)
    return args_for(
        find_target._get_kwargs,
        hash_=hash if hash is not None else UNSET,
        unicity=[unicity_value(unicity)] if unicity is not None else UNSET,
        body=body if body is not None else UNSET,
    )


def _update(data: Mapping[str, Any] | UpdateTargetBody) -> Call:
    body = data if isinstance(data, UpdateTargetBody) else UpdateTargetBody.from_dict(dict(data))
    return args_for(update_target._get_kwargs, body=body)


def _hits(
    id: str | None = None,
    *,
    unicity: Unicity | None = None,
    hash: str | None = None,
    start: When | None = None,
    end: When | None = None,
    sort: Sort | None = None,
    classification: str | Sequence[str] | None = None,
) -> Call:
    which = identifier_params(id=id, unicity=unicity, hash=hash)
    if isinstance(classification, str) or classification is None:
        classes = classification
    else:
        classes = ",".join(classification)
    return args_for(
        list_target_hits._get_kwargs,
        **which,
        classification=classes if classes is not None else UNSET,
        **_window(start, end, sort),
    )


def _window(start: When | None, end: When | None, sort: Sort | None) -> dict[str, Any]:
    """The start/end/sort filters shared by every event listing."""
    return {
        "start": maybe_datetime(start, "start"),
        "end": maybe_datetime(end, "end"),
        "sort": SortOrder(sort) if sort is not None else UNSET,
    }


def _stops(
    id: str | None = None,
    *,
    unicity: Unicity | None = None,
    hash: str | None = None,
    start: When | None = None,
    end: When | None = None,
    sort: Sort | None = None,
) -> Call:
    return args_for(
        list_target_stops._get_kwargs,
        **identifier_params(id=id, unicity=unicity, hash=hash),
        **_window(start, end, sort),
    )


def _red_list(*, start: When | None = None, end: When | None = None) -> Call:
    # Both red-list listings take the same two dates: one signature serves both.
    return (), {
        "start_date": maybe_datetime(start, "start"),
        "end_date": maybe_datetime(end, "end"),
    }


class Targets(Resource[C]):
    """Targets (contacts)."""

    get = Operation(get_target)
    find = Operation(find_target).adapt(_find)
    count = Operation(count_targets)
    update = Operation(update_target).adapt(_update)
    delete = Operation(delete_target)
    delete_many = Operation(delete_targets)
    # Events of one contact.
    hits = Operation(list_target_hits).adapt(_hits)
    events = Operation(list_target_events)
    activations = Operation(list_target_activations)
    activations_by_hash = Operation(find_target_activations)
    opens = Operation(list_target_opens)
    form_hits = Operation(list_target_form_hits)
    stops = Operation(list_target_stops).adapt(_stops)
    notifications = Operation(list_target_notifications)
    # Red lists.
    add_to_mail_red_list = Operation(add_target_to_mail_red_list)
    mail_red_list = Operation(list_mail_red_list).adapt(_red_list)
    sms_red_list = Operation(list_sms_red_list).adapt(_red_list)
