"""Archives: `client.archives`, copies of the messages sent."""

from __future__ import annotations

from np6_api.bindings import archives as generated
from np6_api.bindings.archives import ArchivesPlain as Plain

from .._operation import C, Call, args_for
from .._validate import When, maybe_datetime


def _for_target(target_id: str, *, start: When | None = None, end: When | None = None) -> Call:
    return args_for(
        Plain.for_target.build,
        target_id,
        start_date=maybe_datetime(start, "start"),
        end_date=maybe_datetime(end, "end"),
    )


def _for_action(
    action_id: str, target_id: str, *, start: When | None = None, end: When | None = None
) -> Call:
    return args_for(
        Plain.for_action.build,
        action_id,
        target_id,
        start_date=maybe_datetime(start, "start"),
        end_date=maybe_datetime(end, "end"),
    )


class Archives(generated.Archives[C]):
    """Archived messages, by target, by action and target, or by stamp."""

    for_target = Plain.for_target.adapt(_for_target)
    for_action = Plain.for_action.adapt(_for_action)
