"""Contact: `client.targets`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from np6_api.api.contact import delete_target, find_target, list_target_hits, update_target
from np6_api.models.sort_order import SortOrder
from np6_api.models.update_target_body import UpdateTargetBody
from np6_api.types import UNSET

from .._operation import C, Call, Operation, Resource, args_for
from .._validate import Unicity, When, exactly_one, to_datetime, unicity_value


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
    sort: SortOrder | Literal["asc", "desc"] | None = None,
    classification: str | Sequence[str] | None = None,
) -> Call:
    exactly_one(id=id, unicity=unicity, hash=hash)
    if isinstance(classification, str) or classification is None:
        classes = classification
    else:
        classes = ",".join(classification)
    return args_for(
        list_target_hits._get_kwargs,
        id=id if id is not None else UNSET,
        unicity=unicity_value(unicity) if unicity is not None else UNSET,
        hash_=hash if hash is not None else UNSET,
        start=to_datetime(start, "start") if start is not None else UNSET,
        end=to_datetime(end, "end") if end is not None else UNSET,
        sort=SortOrder(sort) if sort is not None else UNSET,
        classification=classes if classes is not None else UNSET,
    )


class Targets(Resource[C]):
    """Targets (contacts)."""

    delete = Operation(delete_target)
    find = Operation(find_target).adapt(_find)
    update = Operation(update_target).adapt(_update)
    hits = Operation(list_target_hits).adapt(_hits)
