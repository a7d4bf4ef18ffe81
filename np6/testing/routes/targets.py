"""Contact: find, create, update, delete targets; their hits; one-target segment membership."""

from __future__ import annotations

from .._messages import ApiError, Incoming, Result, no_content, ok
from .._state import State, public_segment, public_target
from ._common import instant, json_object, known_target, target_by_identifier
from ._registry import route


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


@route("POST", "/targets")
def create_target(state: State, request: Incoming) -> Result:
    # Cookbook: the unicity value in the query, the field values (by field id) in the body.
    unicity = "".join(request.query.get("unicity", [])) or None
    fields = json_object(request)
    if unicity is not None and unicity in state.by_unicity:
        raise ApiError(400, f"a target with unicity {unicity!r} exists")
    return ok(public_target(state.add_target(unicity=unicity, fields=fields)))


@route("PUT", "/targets")
def update_target(state: State, request: Incoming) -> Result:
    data = json_object(request, "the body (field values)")
    target = state.update_target(data)
    if target is None:
        raise ApiError(404, f"no target {data.get('id')!r}")
    return ok(public_target(target))


@route("GET", "/targets/{id}")
def get_target(state: State, request: Incoming) -> Result:
    return ok(public_target(state.targets[known_target(state, request.params["id"])]))


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
    target_id = target_by_identifier(state, request)
    start = instant(request.arg("start"), "start")
    end = instant(request.arg("end"), "end")
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


# One target at a time in a segment (cookbook paths); the same members PUT /segments/{id}/targets
# adds to and GET /segments/{id}/targets lists.
def _membership(state: State, request: Incoming) -> tuple[str, int]:
    target_id = known_target(state, request.params["id"])
    segment_id = int(request.params["segmentId"])
    if segment_id not in state.segments:
        raise ApiError(404, f"no segment {segment_id}")
    return target_id, segment_id


@route("POST", "/targets/{id}/segments/{segmentId}")
def add_target_to_segment(state: State, request: Incoming) -> Result:
    target_id, segment_id = _membership(state, request)
    state.add_to_segment(segment_id, [target_id])
    return no_content()


@route("DELETE", "/targets/{id}/segments/{segmentId}")
def remove_target_from_segment(state: State, request: Incoming) -> Result:
    target_id, segment_id = _membership(state, request)
    with state.lock:
        state.members[segment_id].pop(target_id, None)
    return no_content()


@route("GET", "/targets/{id}/segments")
def list_target_segments(state: State, request: Incoming) -> Result:
    target_id = known_target(state, request.params["id"])
    with state.lock:
        return ok(
            [
                public_segment(state, segment)
                for segment_id, segment in state.segments.items()
                if target_id in state.members.get(segment_id, {})
            ]
        )
