"""Contact: `client.targets`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from np6_api.bindings import targets as generated
from np6_api.bindings.targets import TargetsPlain as Plain
from np6_api.models.sort_order import SortOrder
from np6_api.types import UNSET

from .._operation import C, Call, args_for
from .._validate import (
    Unicity,
    When,
    exactly_one,
    identifier_params,
    maybe_datetime,
    unicity_value,
)

if TYPE_CHECKING:
    from np6_api.models.update_target_body import UpdateTargetBody

Sort = SortOrder | Literal["asc", "desc"]


def _find(
    *, hash: str | None = None, unicity: Unicity | None = None, body: list[str] | None = None
) -> Call:
    exactly_one(hash=hash, unicity=unicity)
    return args_for(
        Plain.find.build,
        hash_=hash if hash is not None else UNSET,
        unicity=[unicity_value(unicity)] if unicity is not None else UNSET,
        body=body if body is not None else UNSET,
    )


def _update(data: Mapping[str, Any] | UpdateTargetBody) -> Call:
    from np6_api.models.update_target_body import UpdateTargetBody  # on first use: import cost

    body = data if isinstance(data, UpdateTargetBody) else UpdateTargetBody.from_dict(dict(data))
    return args_for(Plain.update.build, body=body)


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
        Plain.hits.build,
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
        Plain.stops.build,
        **identifier_params(id=id, unicity=unicity, hash=hash),
        **_window(start, end, sort),
    )


def _red_list(*, start: When | None = None, end: When | None = None) -> Call:
    # Both red-list listings take the same two dates: one signature serves both.
    return (), {
        "start_date": maybe_datetime(start, "start"),
        "end_date": maybe_datetime(end, "end"),
    }


class Targets(generated.Targets[C]):
    """Targets (contacts)."""

    find = Plain.find.adapt(_find)
    update = Plain.update.adapt(_update)
    hits = Plain.hits.adapt(_hits)
    stops = Plain.stops.adapt(_stops)
    mail_red_list = Plain.mail_red_list.adapt(_red_list)
    sms_red_list = Plain.sms_red_list.adapt(_red_list)
