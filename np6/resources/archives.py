"""Archives: `client.archives`, copies of the messages sent."""

from __future__ import annotations

from np6_api.api.archives import (
    list_action_target_archives,
    list_stamp_archives,
    list_target_archives,
)

from .._operation import C, Call, Operation, Resource, args_for
from .._validate import When, maybe_datetime


def _for_target(target_id: str, *, start: When | None = None, end: When | None = None) -> Call:
    return args_for(
        list_target_archives._get_kwargs,
        target_id,
        start_date=maybe_datetime(start, "start"),
        end_date=maybe_datetime(end, "end"),
    )


def _for_action(
    action_id: str, target_id: str, *, start: When | None = None, end: When | None = None
) -> Call:
    return args_for(
        list_action_target_archives._get_kwargs,
        action_id,
        target_id,
        start_date=maybe_datetime(start, "start"),
        end_date=maybe_datetime(end, "end"),
    )


class Archives(Resource[C]):
    """Archived messages, by target, by action and target, or by stamp."""

    for_target = Operation(list_target_archives).adapt(_for_target)
    for_action = Operation(list_action_target_archives).adapt(_for_action)
    for_stamp = Operation(list_stamp_archives)
