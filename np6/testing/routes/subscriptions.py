"""Subscription (push): put, get and delete subscriptions; a contact's subscriptions.

A subscription belongs to the target its `contact` footprint names by id, unicity or hash.
"""

from __future__ import annotations

from typing import Any

from .._messages import ApiError, Incoming, Result, no_content, ok
from .._state import State
from ._common import crud, json_object, known_target, target_by_identifier
from ._registry import route

crud("/subscriptions", lambda s: s.subscriptions, listing=False, create=None, update=None)


@route("PUT", "/subscriptions")
def put_subscription(state: State, request: Incoming) -> Result:
    body = json_object(request)
    key = body.get("id")
    if key is not None and key in state.subscriptions:
        return ok(state.subscriptions.update(key, body))
    return ok(state.subscriptions.add(body))


def _owned_by(state: State, target_id: str) -> list[dict[str, Any]]:
    target = state.targets[target_id]
    mine = {("id", target_id), ("hash", target["hash"]), ("unicity", target.get("unicity"))}
    return [
        s
        for s in state.subscriptions
        if any((k, s.get("contact", {}).get(k)) in mine for k in ("id", "hash", "unicity"))
    ]


def _delete(state: State, target_id: str) -> Result:
    for subscription in _owned_by(state, target_id):
        state.subscriptions.remove(subscription["id"])
    return no_content()


def _by_identifier(state: State, request: Incoming) -> str:
    if request.arg("unicity") is None and request.arg("hash") is None:
        raise ApiError(400, "give unicity or hash")
    return target_by_identifier(state, request)


@route("GET", "/targets/{id}/subscriptions")
def list_target_subscriptions(state: State, request: Incoming) -> Result:
    return ok(_owned_by(state, known_target(state, request.params["id"])))


@route("DELETE", "/targets/{id}/subscriptions")
def delete_target_subscriptions(state: State, request: Incoming) -> Result:
    return _delete(state, known_target(state, request.params["id"]))


@route("GET", "/targets/subscriptions")
def find_target_subscriptions(state: State, request: Incoming) -> Result:
    return ok(_owned_by(state, _by_identifier(state, request)))


@route("DELETE", "/targets/subscriptions")
def delete_target_subscriptions_by_identifier(state: State, request: Incoming) -> Result:
    return _delete(state, _by_identifier(state, request))
