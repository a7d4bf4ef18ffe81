"""Reads are tolerant, writes are strict (the rules of openapi/templates/, through the facade).

Reads: any 2xx is parsed with the documented success schema; an enum value or a discriminator
`type` the spec does not list is kept, not fatal. Writes: a body is the model or a plain mapping,
converted strictly; a bad field is a ValueError that names it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from np6_api.models import (
    ActionResponse,
    ActionState,
    BounceType,
    DynamicSegmentResponse,
    StaticSegment,
    StaticSegmentResponse,
    StaticSegmentType,
    Target,
)
from np6_api.types import FieldError, is_known

import np6

Answer = Callable[[httpx.Request], httpx.Response]
SEGMENT = {"type": "static", "id": 59, "name": "s"}


class Sent:
    """Records the requests a client sends and answers them with `answer`."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


@pytest.fixture
def sent() -> Sent:
    return Sent(lambda r: httpx.Response(200, json=SEGMENT))


@pytest.fixture
def client(sent: Sent) -> Iterator[np6.Client]:
    transport = httpx.MockTransport(sent)
    with np6.Client("k", max_retries=0, http_client=httpx.Client(transport=transport)) as c:
        yield c


def answer_with(sent: Sent, status: int, **kwargs: Any) -> None:
    sent.answer = lambda r: httpx.Response(status, **kwargs)


# ------------------------------------------------------------------------------------------ reads
@pytest.mark.parametrize("status", [200, 201, 202, 203, 206])
def test_any_2xx_is_parsed_with_the_success_schema(
    client: np6.Client, sent: Sent, status: int
) -> None:
    # A model (documented 200), a list, a scalar, and an operation documented without a body.
    answer_with(sent, status, json={"id": "000T1", "fields": {}})
    assert client.targets.get("000T1").id == "000T1"
    answer_with(sent, status, json=[SEGMENT])
    assert [s.id for s in client.segments.list()] == [59]
    answer_with(sent, status, json=7)
    assert client.segments.add_targets_raw(59, ["000T1"]) == 7
    answer_with(sent, status, json={"queued": True})
    assert client.targets.delete("000T1") is None


def test_204_without_a_body(client: np6.Client, sent: Sent) -> None:
    answer_with(sent, 204)
    assert client.targets.delete("000T1") is None  # documented "No Content"
    assert client.actions.send_to_target("000PE4", "000T1", body={}) is None  # 204 (CookBook)
    with pytest.raises(np6.InvalidResponseError, match=r"\(empty\)"):
        client.targets.get("000T1")  # a model is documented: an empty answer is not one


@pytest.mark.parametrize("body", [b"<html>oops</html>", b'{"id": "000T1", "fie', b"[1, 2]"])
def test_a_2xx_that_is_not_the_documented_body_is_invalid(
    client: np6.Client, sent: Sent, body: bytes
) -> None:
    answer_with(sent, 201, content=body, headers={"Content-Type": "application/json"})
    with pytest.raises(np6.InvalidResponseError):
        client.targets.get("000T1")


def test_unknown_enum_values_are_kept(client: np6.Client, sent: Sent) -> None:
    target = {"id": "000T1", "bounce": [{"type": "HardBrandNew"}]}
    answer_with(sent, 200, json=target)
    (bounce,) = client.targets.get("000T1").bounce  # type: ignore[union-attr]
    assert bounce.type_ == "HardBrandNew" and not is_known(bounce.type_)
    assert isinstance(bounce.type_, BounceType)
    assert bounce.to_dict() == {"type": "HardBrandNew"}  # sent back unchanged

    answer_with(sent, 200, json={"id": "000PE4", "informations": {"state": 99}})
    state = client.actions.get("000PE4").informations.state  # type: ignore[union-attr]
    assert isinstance(state, ActionState) and state.value == 99 and not is_known(state)
    answer_with(sent, 200, json={"id": "000PE4", "informations": {"state": 38}})
    assert client.actions.get("000PE4").informations.state is ActionState.TESTED  # type: ignore[union-attr]


def test_unknown_discriminator_is_kept(client: np6.Client, sent: Sent) -> None:
    answer_with(sent, 200, json=[{"type": "smart", "id": 1, "name": "x"}, SEGMENT])
    smart, static = client.segments.list()
    # Known variants are still told apart by their pin; an unknown one keeps its raw `type`.
    assert isinstance(static, StaticSegmentResponse) and is_known(static.type_)
    assert smart.type_.value == "smart" and not is_known(smart.type_)
    assert (smart.id, smart.name) == (1, "x")
    answer_with(sent, 200, json=[{"type": "dynamic", "id": 2, "name": "d", "parentId": 1}])
    (dynamic,) = client.segments.list()
    assert isinstance(dynamic, DynamicSegmentResponse) and dynamic.parent_id == 1


def test_tolerance_stays_inside_the_parse() -> None:
    with pytest.raises(ValueError, match="99"):
        ActionState(99)
    with pytest.raises(ValueError, match="smart"):
        StaticSegmentType("smart")
    assert ActionState(20) is ActionState.TEST_FAILED


async def test_async_reads_are_tolerant_too() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(202, json={"id": "000PE4", "informations": {"state": 77}})

    transport = httpx.MockTransport(answer)
    async with np6.AsyncClient("k", http_client=httpx.AsyncClient(transport=transport)) as c:
        action = await c.actions.get("000PE4")
    assert isinstance(action, ActionResponse)
    assert action.informations.state.value == 77  # type: ignore[union-attr]


# ----------------------------------------------------------------------------------------- writes
def test_a_one_value_discriminator_needs_no_argument(client: np6.Client, sent: Sent) -> None:
    assert StaticSegment(name="new").type_ is StaticSegmentType.STATIC
    client.segments.create(body=StaticSegment(name="new"))
    assert sent.body() == {"type": "static", "name": "new"}


def test_a_mapping_body_is_converted_with_from_dict(client: np6.Client, sent: Sent) -> None:
    created = client.segments.create(body={"type": "dynamic", "name": "d", "parentId": 4})
    assert created.id == 59
    assert sent.body() == {"type": "dynamic", "name": "d", "parentId": 4}
    client.actions.validate("000PE4", body={"fortest": False, "testSegments": None})
    assert sent.body() == {"fortest": False, "testSegments": None}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"type": "static", "creation": "not a date"}, "creation"),
        ({"type": "smart", "name": "x"}, "type"),
        ({"name": "no type"}, "type"),
    ],
)
def test_a_bad_field_is_a_value_error_naming_it(
    client: np6.Client, sent: Sent, body: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValueError, match=rf"^{field}: ") as caught:
        client.segments.create(body=body)
    assert isinstance(caught.value, FieldError) and caught.value.path == field
    assert sent.requests == []  # nothing was sent


def test_nested_bad_field_names_its_path(client: np6.Client, sent: Sent) -> None:
    with pytest.raises(ValueError, match=r"^informations\.state: ") as caught:
        client.actions.update("000PE4", body={"informations": {"state": 99}})
    assert isinstance(caught.value, FieldError)
    features = [{"type": "segmentation", "segmentId": 1}, {"type": "bogus"}]
    with pytest.raises(ValueError, match=r"^features\.type: 'bogus'"):
        client.imports.create(body={"name": "x", "features": features})
    assert sent.requests == []


async def test_async_mapping_body() -> None:
    bodies: list[Any] = []

    def answer(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json=SEGMENT)

    transport = httpx.MockTransport(answer)
    async with np6.AsyncClient("k", http_client=httpx.AsyncClient(transport=transport)) as c:
        created = await c.segments.create(body={"type": "static", "name": "s"})
        with pytest.raises(ValueError, match=r"^type: "):
            await c.segments.create(body={"type": "smart"})
    assert isinstance(created, StaticSegmentResponse) and bodies == [
        {"type": "static", "name": "s"}
    ]


def test_target_model_still_parses(client: np6.Client, sent: Sent) -> None:
    answer_with(sent, 200, json={"id": "000T1", "fields": {}})
    assert isinstance(client.targets.update({"email": "x@y.z"}), Target)


# ------------------------------------------------------------------------- categories (CookBook)
def test_categories_crud(client: np6.Client, sent: Sent) -> None:
    answer_with(sent, 200, json={"id": 3, "name": "News", "description": "d"})
    created = client.categories.create(body={"name": "News", "description": "d"})
    assert (created.name, created["id"]) == ("News", 3)
    assert client.categories.get(3).name == "News"
    client.categories.update(3, body={"name": "Newsletters"})
    answer_with(sent, 200, json=[{"id": 3, "name": "News"}])
    assert [c.name for c in client.categories.list()] == ["News"]
    answer_with(sent, 204)
    assert client.categories.delete(3) is None
    assert [(r.method, r.url.path) for r in sent.requests] == [
        ("POST", "/categories"),
        ("GET", "/categories/3"),
        ("PUT", "/categories/3"),
        ("GET", "/categories"),
        ("DELETE", "/categories/3"),
    ]


async def test_categories_async() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"id": 4, "name": "Promo"})

    transport = httpx.MockTransport(answer)
    async with np6.AsyncClient("k", http_client=httpx.AsyncClient(transport=transport)) as c:
        assert (await c.categories.create(body={"name": "Promo"})).name == "Promo"
