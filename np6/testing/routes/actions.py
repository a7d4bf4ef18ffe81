"""Email & SMS actions: create, read, update, delete, duplicate, test, validate, send to a target.

The life of an action, as NP6's own example scripts show it (cookbook-facts.md):
- `POST /actions/{id}/validation` with `fortest: true` starts a test: `informations.state` is 30,
  then 38 ("tested") once `fake.action_test_delay` seconds have passed on the fake's clock, or 20
  ("test failed") for the ids in `fake.failing_action_tests`;
- the same call with `fortest: false` validates a tested action (409 otherwise); the code NP6
  shows for a validated action is not documented, so the state stays 38 and the fake keeps the
  fact in `fake.validated_actions`;
- `POST /actions/{id}/targets/{targetId}` sends a validated action to one target (and
  `/execution`, `/executions` to the targets named by `recipient.value`): each send is recorded
  in `fake.sends` and an archive appears for the target.
Updating an action withdraws its test and its validation.
"""

from __future__ import annotations

from typing import Any

from .._messages import ApiError, Incoming, Result, no_content, ok
from .._state import State, iso
from ._common import between, instant, json_object, known_target
from ._registry import route

TESTING, TESTED, TEST_FAILED = 30, 38, 20
_SUMMARY = ("type", "id", "name", "creationDate", "informations")


def _action(state: State, action_id: str) -> dict[str, Any]:
    """The action, its test finished when its time has come on the fake's clock."""
    with state.lock:
        action = state.actions.get(action_id)
        if action is None:
            raise ApiError(404, f"no action {action_id}")
        pending = state.action_tests.get(action_id)
        if pending is not None and state.clock.elapsed() >= pending[0]:
            action["informations"]["state"] = pending[1]
            del state.action_tests[action_id]
        return action


def _state_of(action: dict[str, Any]) -> int | None:
    state: int | None = action["informations"].get("state")
    return state


@route("GET", "/actions")
def list_actions(state: State, request: Incoming) -> Result:
    start = instant(request.arg("creation_start"), "creation_start")
    end = instant(request.arg("creation_end"), "creation_end")
    actions = [_action(state, a["id"]) for a in state.actions]
    return ok(
        [
            {k: a[k] for k in _SUMMARY if k in a}
            for a in between(actions, "creationDate", start, end)
        ]
    )


@route("POST", "/actions")
def create_action(state: State, request: Incoming) -> Result:
    body = json_object(request)
    body.pop("id", None)
    body.pop("creationDate", None)
    informations = body.pop("informations", None) or {}
    return ok(state.add_action(informations=informations, state=informations.get("state"), **body))


@route("GET", "/actions/{id}")
def get_action(state: State, request: Incoming) -> Result:
    return ok(_action(state, request.params["id"]))


@route("PUT", "/actions/{id}")
def update_action(state: State, request: Incoming) -> Result:
    action_id = request.params["id"]
    body = json_object(request)
    with state.lock:
        action = _action(state, action_id)
        informations = {**action["informations"], **(body.pop("informations", None) or {})}
        informations["state"] = None  # a changed action must be tested again
        action.update({k: v for k, v in body.items() if k not in ("id", "creationDate")})
        action["informations"] = informations
        state.action_tests.pop(action_id, None)
        state.validated_actions.discard(action_id)
        return ok(action)


@route("DELETE", "/actions/{id}")
def delete_action(state: State, request: Incoming) -> Result:
    action_id = request.params["id"]
    with state.lock:
        _action(state, action_id)
        state.actions.remove(action_id)
        state.action_tests.pop(action_id, None)
        state.validated_actions.discard(action_id)
    return no_content()


@route("POST", "/actions/{id}/duplication")
def duplicate_action(state: State, request: Incoming) -> Result:
    original = _action(state, request.params["id"])
    copy = {k: v for k, v in original.items() if k not in ("id", "creationDate", "informations")}
    informations = dict(original["informations"])
    folder = request.arg("folder")
    if folder is not None:
        informations["folder"] = int(folder)
    return ok(state.add_action(informations=informations, **copy))


@route("POST", "/actions/{id}/validation")
def validate_action(state: State, request: Incoming) -> Result:
    action_id = request.params["id"]
    body = json_object(request)
    with state.lock:
        action = _action(state, action_id)
        if action_id in state.action_tests:
            raise ApiError(409, f"action {action_id} is being tested")
        if action_id in state.validated_actions:
            raise ApiError(409, f"action {action_id} is already validated")
        if body.get("fortest"):
            missing = [s for s in body.get("testSegments") or () if s not in state.segments]
            if missing:
                raise ApiError(400, f"no test segment {missing[0]}")
            outcome = TEST_FAILED if action_id in state.failing_action_tests else TESTED
            action["informations"]["state"] = TESTING
            state.action_tests[action_id] = (
                state.clock.elapsed() + state.action_test_delay,
                outcome,
            )
        elif _state_of(action) != TESTED:
            raise ApiError(
                409, f"action {action_id} must pass a test first (state {_state_of(action)})"
            )
        else:
            state.validated_actions.add(action_id)
    return no_content()


@route("DELETE", "/actions/{id}/validation")
def unvalidate_action(state: State, request: Incoming) -> Result:
    action_id = request.params["id"]
    with state.lock:
        _action(state, action_id)
        state.validated_actions.discard(action_id)
    return no_content()


def _send(state: State, action_id: str, target_id: str, request: Any) -> dict[str, Any]:
    """Send a validated action to a known target: the send is recorded, an archive appears.
    Returns the target's footprint. Call with `state.lock` held."""
    _action(state, action_id)
    known_target(state, target_id)
    if action_id not in state.validated_actions:
        raise ApiError(400, f"action {action_id} is not validated")
    sent = state.clock.now()
    archive = state.add_archive(action=action_id, target=target_id, sending_date=sent)
    state.sends.append(
        {"action": action_id, "target": target_id, "date": iso(sent), "request": request,
         "archive": archive["id"]}
    )  # fmt: skip
    target = state.targets[target_id]
    footprint = {"type": "footprint", "id": target_id, "hash": target["hash"]}
    if "unicity" in target:
        footprint["unicity"] = target["unicity"]
    return {"type": "success", "id": archive["id"], "recipient": footprint}


@route("POST", "/actions/{id}/targets/{targetId}")
def send_action_to_target(state: State, request: Incoming) -> Result:
    body = json_object(request)
    with state.lock:
        _send(state, request.params["id"], request.params["targetId"], body)
    return ok({})


def _recipient(definition: Any) -> str:
    recipient = definition.get("recipient") if isinstance(definition, dict) else None
    target_id = recipient.get("value") if isinstance(recipient, dict) else None
    if not isinstance(target_id, str):
        raise ApiError(400, "each message needs recipient.value, the id of a target")
    return target_id


@route("POST", "/actions/{id}/execution")
def send_action_message(state: State, request: Incoming) -> Result:
    definition = json_object(request)
    with state.lock:
        return ok(_send(state, request.params["id"], _recipient(definition), definition))


@route("POST", "/actions/{id}/executions")
def send_action_messages(state: State, request: Incoming) -> Result:
    definitions = request.json()
    if not isinstance(definitions, list):
        raise ApiError(400, "the body must be a JSON array of messages")
    with state.lock:  # all or nothing: every recipient is checked before anything is sent
        recipients = [_recipient(d) for d in definitions]
        for target_id in recipients:
            known_target(state, target_id)
        pairs = zip(recipients, definitions, strict=True)
        return ok([_send(state, request.params["id"], t, d) for t, d in pairs])
