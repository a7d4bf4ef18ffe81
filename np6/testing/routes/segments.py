"""Segment: segments and their members (at most 50 added per call)."""

from __future__ import annotations

from .._messages import ApiError, Incoming, Result, no_content, ok
from .._state import State, public_segment
from ._common import json_object
from ._registry import route

MAX_SEGMENT_TARGETS = 50  # documented limit of PUT /segments/{id}/targets
# Properties a client may write on a segment; id, creation and targetsCount belong to NP6.
_SEGMENT_WRITABLE = ("type", "name", "description", "expiration", "isTest", "parentId", "searchId")


def _segment(state: State, request: Incoming) -> int:
    segment_id = request.int_param("id")
    if segment_id not in state.segments:
        raise ApiError(404, f"no segment {segment_id}")
    return segment_id


@route("GET", "/segments")
def list_segments(state: State, request: Incoming) -> Result:
    with state.lock:
        return ok([public_segment(state, s) for s in state.segments.values()])


@route("POST", "/segments")
def create_segment(state: State, request: Incoming) -> Result:
    body = json_object(request)
    if not body.get("name"):
        raise ApiError(400, "a segment needs a name")
    extra = {k: body[k] for k in _SEGMENT_WRITABLE if k in body and k not in ("type", "name")}
    segment_id = state.add_segment(name=body["name"], type=body.get("type", "static"), **extra)
    return ok(public_segment(state, state.segments[segment_id]))


@route("GET", "/segments/{id}")
def get_segment(state: State, request: Incoming) -> Result:
    return ok(public_segment(state, state.segments[_segment(state, request)]))


@route("PUT", "/segments/{id}")
def update_segment(state: State, request: Incoming) -> Result:
    segment_id = _segment(state, request)
    body = json_object(request)
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
    fields = json_object(request).get("fields")
    if not isinstance(fields, dict):
        raise ApiError(400, "the body must be an object with a `fields` object")
    # What NP6 does to the numbers is not documented: the fake records the request.
    with state.lock:
        state.normalizations.append((segment_id, {str(k): list(v) for k, v in fields.items()}))
    return no_content()
