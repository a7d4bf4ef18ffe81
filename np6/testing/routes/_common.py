"""What several route modules need: dates, identifiers, JSON bodies, and plain CRUD routes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from ..._validate import epoch_seconds
from .._messages import ApiError, Incoming, Result, no_content, ok
from .._state import Collection, State, iso
from ._registry import route


def instant(value: str | None, name: str) -> float | None:
    """Seconds since the epoch from an ISO date or a timestamp (ms when large, as NP6 uses)."""
    if value is None or value == "":
        return None
    text = value.strip().replace(" ", "+")  # a `+` left unencoded in a query reads as a space
    try:
        number = float(text)
    except ValueError:
        pass
    else:
        return epoch_seconds(number)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ApiError(400, f"{name} is neither an ISO date nor a timestamp: {value!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def between(
    items: Iterable[dict[str, Any]], key: str, start: float | None, end: float | None
) -> list[dict[str, Any]]:
    def inside(item: dict[str, Any]) -> bool:
        when = instant(str(item[key]), key)
        assert when is not None
        return (start is None or when >= start) and (end is None or when < end)

    return [item for item in items if inside(item)]


def json_object(request: Incoming, what: str = "the body") -> dict[str, Any]:
    body = request.json()
    if not isinstance(body, dict):
        raise ApiError(400, f"{what} must be a JSON object")
    return body


def found(collection: Collection, request: Incoming, name: str = "id") -> Any:
    """The key of the record named by a path parameter; 404 when there is none."""
    key = collection.key(request.params[name])
    if key is None or key not in collection:
        raise ApiError(404, f"no such record: {request.params[name]}")
    return key


def known_target(state: State, target_id: str) -> str:
    if target_id not in state.targets:
        raise ApiError(404, f"no target {target_id}")
    return target_id


def target_by_identifier(state: State, request: Incoming, *, key: str = "id") -> str:
    """The target named by `id`, `unicity` or `hash` in the query (exactly one)."""
    given = {k: request.arg(k) for k in (key, "unicity", "hash") if request.arg(k) is not None}
    if len(given) != 1:
        raise ApiError(400, f"give exactly one of {key}, unicity or hash")
    (name, value), *_ = given.items()
    assert value is not None
    target: str | None
    if name == "hash":
        target = state.by_hash.get(value)
    elif name == "unicity":
        target = state.by_unicity.get(value)
    else:
        target = value if value in state.targets else None
    if target is None:
        raise ApiError(404, f"no target with this {name}")
    return target


Pick = Callable[[State], Collection]


def crud(
    base: str,
    pick: Pick,
    *,
    listing: bool = True,
    create: str | None = "POST",
    get: bool = True,
    update: str | None = "PUT",
    delete: bool = True,
    duplicate: bool = False,
    param: str = "id",
    dated: bool = False,
    needs: tuple[str, ...] = (),
) -> None:
    """Routes for a plain resource: list and create on `base`, get/update/delete on `base/{id}`,
    copy on `base/{id}/duplication`. Records are what the client wrote plus the id, and with
    `dated` a `creationDate` (NP6 sets both). `needs`: fields every answer carries (required in
    the spec's response schema) that only the client can give; a create without one is a 400, as
    the fake could not answer it without breaking the spec."""
    one = f"{base}/{{{param}}}"

    def new(state: State, record: dict[str, Any]) -> dict[str, Any]:
        record.pop("id", None)  # NP6 gives the id
        if dated:
            record["creationDate"] = iso(state.clock.now())
        return pick(state).add(record)

    def list_all(state: State, request: Incoming) -> Result:
        return ok(list(pick(state)))

    def create_one(state: State, request: Incoming) -> Result:
        body = json_object(request)
        missing = [name for name in needs if body.get(name) is None]
        if missing:
            raise ApiError(400, f"missing {', '.join(missing)}")
        return ok(new(state, body))

    def get_one(state: State, request: Incoming) -> Result:
        collection = pick(state)
        return ok(collection.get(found(collection, request, param)))

    def update_one(state: State, request: Incoming) -> Result:
        collection = pick(state)
        body = json_object(request) if request.body else {}
        return ok(collection.update(found(collection, request, param), body))

    def delete_one(state: State, request: Incoming) -> Result:
        collection = pick(state)
        collection.remove(found(collection, request, param))
        return no_content()

    def duplicate_one(state: State, request: Incoming) -> Result:
        collection = pick(state)
        original = collection.get(found(collection, request, param))
        assert original is not None
        return ok(new(state, dict(original)))

    if listing:
        route("GET", base)(list_all)
    if create:
        route(create, base)(create_one)
    if get:
        route("GET", one)(get_one)
    if update:
        route(update, one)(update_one)
    if delete:
        route("DELETE", one)(delete_one)
    if duplicate:
        route("POST", f"{one}/duplication")(duplicate_one)
