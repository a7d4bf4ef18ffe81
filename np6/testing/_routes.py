"""Handlers, one per implemented spec operation, keyed by (METHOD, spec path).

To implement another operation: write a function `(state, request) -> Result` and decorate it with
`@route("GET", "/the/spec/path/{id}")`, the path spelled exactly as in openapi/np6.yaml. A handler
whose operation is not in the loaded spec stays dormant; a spec operation without a handler
answers 501.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from ._http import ApiError, Incoming, Result, no_content, ok
from ._router import Handler
from ._state import State, public_segment, public_target

HANDLERS: dict[tuple[str, str], Handler] = {}
MAX_SEGMENT_TARGETS = 50  # documented limit of PUT /segments/{id}/targets


def route(method: str, template: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[method, template] = handler
        return handler

    return register


# ---------------------------------------------------------------------- helpers
def _instant(value: str | None, name: str) -> float | None:
    """Seconds since the epoch from an ISO date or a timestamp (ms when large, as NP6 uses)."""
    if value is None or value == "":
        return None
    text = value.strip().replace(" ", "+")  # a `+` left unencoded in a query reads as a space
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        return number / 1000 if number > 1e11 else number
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ApiError(400, f"{name} is neither an ISO date nor a timestamp: {value!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _between(
    items: Iterable[dict[str, Any]], key: str, start: float | None, end: float | None
) -> list[dict[str, Any]]:
    def inside(item: dict[str, Any]) -> bool:
        when = _instant(str(item[key]), key)
        assert when is not None
        return (start is None or when >= start) and (end is None or when < end)

    return [item for item in items if inside(item)]


def _segment(state: State, request: Incoming) -> int:
    segment_id = request.int_param("id")
    if segment_id not in state.segments:
        raise ApiError(404, f"no segment {segment_id}")
    return segment_id


def _target_id(state: State, request: Incoming, *, key: str = "id") -> str:
    """The target named by `id`, `unicity` or `hash` in the query (exactly one)."""
    given = {k: request.arg(k) for k in (key, "unicity", "hash") if request.arg(k) is not None}
    if len(given) != 1:
        raise ApiError(400, f"give exactly one of {key}, unicity or hash")
    (name, value), *_ = given.items()
    assert value is not None
    found: str | None
    if name == "hash":
        found = state.by_hash.get(value)
    elif name == "unicity":
        found = state.by_unicity.get(value)
    else:
        found = value if value in state.targets else None
    if found is None:
        raise ApiError(404, f"no target with this {name}")
    return found


# ---------------------------------------------------------------------- Contact
@route("GET", "/targets")
def find_target(state: State, request: Incoming) -> Result:
    hash_ = request.arg("hash")
    # Several unicity criteria arrive as several values, concatenated into one unicity string.
    unicity = "".join(request.query.get("unicity", [])) or None
    if (hash_ is None) == (unicity is None):
        raise ApiError(400, "give exactly one of hash or unicity")
    target_id = (
        state.by_hash.get(hash_) if hash_ is not None else state.by_unicity.get(unicity or "")
    )
    if target_id is None:
        raise ApiError(404, "no such target")
    return ok(public_target(state.targets[target_id]))


@route("PUT", "/targets")
def update_target(state: State, request: Incoming) -> Result:
    data = request.json()
    if not isinstance(data, dict):
        raise ApiError(400, "the body must be a JSON object of field values")
    target = state.update_target(data)
    if target is None:
        raise ApiError(404, f"no target {data.get('id')!r}")
    return ok(public_target(target))


@route("GET", "/targets/{id}")
def get_target(state: State, request: Incoming) -> Result:
    target = state.targets.get(request.params["id"])
    if target is None:
        raise ApiError(404, "no such target")
    return ok(public_target(target))


@route("DELETE", "/targets/{id}")
def delete_target(state: State, request: Incoming) -> Result:
    if not state.delete_target(request.params["id"]):
        raise ApiError(404, "no such target")
    return no_content()


@route("GET", "/targets/count")
def count_targets(state: State, request: Incoming) -> Result:
    return ok({"targetsCount": len(state.targets)})


@route("GET", "/targets/events/hits")
def list_target_hits(state: State, request: Incoming) -> Result:
    target_id = _target_id(state, request)
    start = _instant(request.arg("start"), "start")
    end = _instant(request.arg("end"), "end")
    with state.lock:
        hits = list(state.hits.get(target_id, ()))
    hits = [
        h
        for h in hits
        if (start is None or h["timestamp"] >= start * 1000)
        and (end is None or h["timestamp"] < end * 1000)
    ]
    sort = request.arg("sort")
    if sort in ("asc", "desc"):
        hits.sort(key=lambda h: h["timestamp"], reverse=sort == "desc")
    return ok(hits)


# ---------------------------------------------------------------------- Field, Enumeration
@route("GET", "/fields")
def list_fields(state: State, request: Incoming) -> Result:
    return ok(list(state.fields.values()))


@route("GET", "/valueLists")
def list_value_lists(state: State, request: Incoming) -> Result:
    return ok(list(state.value_lists.values()))


@route("GET", "/valueLists/{id}")
def get_value_list(state: State, request: Incoming) -> Result:
    value_list = state.value_lists.get(request.int_param("id"))
    if value_list is None:
        raise ApiError(404, "no such value list")
    return ok(value_list)


# ---------------------------------------------------------------------- Email & SMS
@route("GET", "/actions/{id}/export/tracking/opens")
@route("GET", "/actions/{id}/export/tracking/clicks")
def export_tracking(state: State, request: Incoming) -> Result:
    # Exports run asynchronously at NP6 and answer nothing: accepting is all there is to fake.
    return no_content()


# ---------------------------------------------------------------------- Archives
def _archives(request: Incoming, archives: Iterable[dict[str, Any]]) -> Result:
    start = _instant(request.arg("startDate"), "startDate")
    end = _instant(request.arg("endDate"), "endDate")
    return ok(_between(archives, "sendingDate", start, end))


@route("GET", "/targets/{id}/archives")
def list_target_archives(state: State, request: Incoming) -> Result:
    target_id = request.params["id"]
    if target_id not in state.targets:
        raise ApiError(404, "no such target")
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


# ---------------------------------------------------------------------- Segment
# Properties a client may write on a segment; id, creation and targetsCount belong to NP6.
_SEGMENT_WRITABLE = ("type", "name", "description", "expiration", "isTest", "parentId", "searchId")


@route("GET", "/segments")
def list_segments(state: State, request: Incoming) -> Result:
    with state.lock:
        return ok([public_segment(state, s) for s in state.segments.values()])


@route("POST", "/segments")
def create_segment(state: State, request: Incoming) -> Result:
    body = request.json()
    if not isinstance(body, dict) or not body.get("name"):
        raise ApiError(400, "the body must be a segment object with a name")
    extra = {k: body[k] for k in _SEGMENT_WRITABLE if k in body and k not in ("type", "name")}
    segment_id = state.add_segment(name=body["name"], type=body.get("type", "static"), **extra)
    return ok(public_segment(state, state.segments[segment_id]))


@route("GET", "/segments/{id}")
def get_segment(state: State, request: Incoming) -> Result:
    return ok(public_segment(state, state.segments[_segment(state, request)]))


@route("PUT", "/segments/{id}")
def update_segment(state: State, request: Incoming) -> Result:
    segment_id = _segment(state, request)
    body = request.json()
    if not isinstance(body, dict):
        raise ApiError(400, "the body must be a segment object")
    with state.lock:
        segment = state.segments[segment_id]
        segment.update({k: body[k] for k in _SEGMENT_WRITABLE if k in body})
        return ok(public_segment(state, segment))


@route("DELETE", "/segments/{id}")
def delete_segment(state: State, request: Incoming) -> Result:
    segment_id = _segment(state, request)
    with state.lock:
        del state.segments[segment_id]
        state.members.pop(segment_id, None)
    return no_content()


@route("GET", "/segments/{id}/targets")
def list_segment_targets(state: State, request: Incoming) -> Result:
    return ok(state.segment_targets(_segment(state, request)))


@route("PUT", "/segments/{id}/targets")
def add_segment_targets(state: State, request: Incoming) -> Result:
    segment_id = _segment(state, request)
    ids = request.json()
    if not isinstance(ids, list) or not all(isinstance(i, str) and i for i in ids):
        raise ApiError(400, "the body must be a JSON array of non-empty strings")
    if len(ids) > MAX_SEGMENT_TARGETS:
        raise ApiError(400, f"at most {MAX_SEGMENT_TARGETS} targets per call, got {len(ids)}")
    return ok(state.add_to_segment(segment_id, ids))


@route("DELETE", "/segments/{id}/targets")
def clear_segment_targets(state: State, request: Incoming) -> Result:
    segment_id = _segment(state, request)
    with state.lock:
        state.members[segment_id].clear()
    return no_content()


@route("POST", "/segments/{id}/normalization")
def normalize_segment(state: State, request: Incoming) -> Result:
    segment_id = _segment(state, request)
    body = request.json()
    fields = body.get("fields") if isinstance(body, dict) else None
    if not isinstance(fields, dict):
        raise ApiError(400, "the body must be an object with a `fields` object")
    # What NP6 does to the numbers is not documented: the fake records the request.
    with state.lock:
        state.normalizations.append((segment_id, {str(k): list(v) for k, v in fields.items()}))
    return no_content()
