"""Archives: `client.archives`, copies of the messages sent."""

from __future__ import annotations

from datetime import datetime

from np6_api.api.archives import (
    list_action_target_archives,
    list_stamp_archives,
    list_target_archives,
)
from np6_api.types import UNSET, Unset

from .._operation import C, Call, Operation, Resource, args_for
from .._validate import When, to_datetime


def _when(value: When | None, name: str) -> datetime | Unset:
    return to_datetime(value, name) if value is not None else UNSET


def _for_target(target_id: str, *, start: When | None = None, end: When | None = None) -> Call:
    return args_for(
        list_target_archives._get_kwargs,
        target_id,
        start_date=_when(start, "start"),
        end_date=_when(end, "end"),
    )


def _for_action(
    action_id: str, target_id: str, *, start: When | None = None, end: When | None = None
) -> Call:
    return args_for(
        list_action_target_archives._get_kwargs,
        action_id,
        target_id,
        start_date=_when(start, "start"),
        end_date=_when(end, "end"),
    )


class Archives(Resource[C]):
    """Archived messages, by target, by action and target, or by stamp."""

    for_target = Operation(list_target_archives).adapt(_for_target)
    for_action = Operation(list_action_target_archives).adapt(_for_action)
    for_stamp = Operation(list_stamp_archives)
