"""Archives: the copies of sent messages, by target, by action and target, by activation stamp."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .._messages import ApiError, Incoming, Result, ok
from .._state import State
from ._common import between, instant, known_target
from ._registry import route


def _archives(request: Incoming, archives: Iterable[dict[str, Any]]) -> Result:
    start = instant(request.arg("startDate"), "startDate")
    end = instant(request.arg("endDate"), "endDate")
    return ok(between(archives, "sendingDate", start, end))


@route("GET", "/targets/{id}/archives")
def list_target_archives(state: State, request: Incoming) -> Result:
    target_id = known_target(state, request.params["id"])
    return _archives(request, [a for a in state.archives if a["target"] == target_id])


@route("GET", "/actions/{id}/targets/{target}/archives")
def list_action_target_archives(state: State, request: Incoming) -> Result:
    action, target = request.params["id"], request.params["target"]
    found = [a for a in state.archives if a["action"] == action and a["target"] == target]
    return _archives(request, found)


@route("GET", "/actions/stamp/{id}/archives")
def list_stamp_archives(state: State, request: Incoming) -> Result:
    stamp = request.params["id"]
    found = [a for a in state.archives if state.archive_stamps.get(a["id"]) == stamp]
    if not found:
        raise ApiError(404, "no activation with this stamp")
    return ok(found)
