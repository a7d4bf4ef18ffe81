"""Every operation of the spec, called through np6.Client and np6.AsyncClient on the fake,
in-process and over the 127.0.0.1 server, with the spec's example request: each answers a 2xx
that the fake checked against the spec and the client parsed with the operation's success model.

Each call runs on a fresh fake seeded with one record of every resource (ids 1, the uuid below,
target 000T1, action 000A1), so the path parameters name records that exist.
"""

from __future__ import annotations

import ssl
import typing
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

import np6
from np6._operation import Operation
from np6.testing import FakeNP6, Reply
from np6.testing._samples import Samples
from np6.testing._spec import SpecOperation, read_spec

from .conftest import python_value

KEY = "walk-key"
UUID = "00000000-0000-4000-8000-000000000001"
SPEC = read_spec()
SAMPLES = Samples(SPEC.document)


def seeded(operation_id: str) -> FakeNP6:
    fake = FakeNP6(KEY)
    fake.add_target("000T1", unicity="U1", fields={"email": "ada@example.com"})
    fake.add_segment(0, "Proofs", isTest=True)  # the test segment of the spec's example
    fake.add_segment(1, "Walk")
    fake.add_to_segment(1, ["000T1"])
    fake.add_field(1)
    fake.add_value_list(1, values=["a"])
    # Validated only where a send needs it: a validated action refuses a new test.
    sends = ("sendActionToTarget", "sendActionMessage", "sendActionMessages")
    fake.add_action("000A1", state=38, validated=operation_id in sends)
    fake.add_target("string")  # the recipient of the messages built from the spec's schema
    fake.add_archive(action="000A1", target="000T1", stamp="s1")
    fake.add_hit("000T1")
    fake.add_category(1)
    fake.add_notification(1)
    fake.add_workflow(1)
    fake.add_webtask(1)
    fake.add_import(1)
    fake.add_import_format(1)
    fake.import_files[1] = ("walk.csv", b"email\n")
    fake.import_runs[1] = (0.0, 1)
    fake.add_campaign(UUID)
    fake.add_application(UUID)
    fake.add_subscription(UUID, target="000T1")
    return fake


def path_value(op: SpecOperation, name: str, schema: Mapping[str, Any]) -> Any:
    schema = SAMPLES.resolve(schema)
    if schema.get("type") == "integer" or "integer" in (schema.get("type") or []):
        return 1
    if schema.get("format") == "uuid":
        return UUID
    if op.template.startswith("/actions/stamp/"):
        return "s1"
    if name == "id" and op.template.startswith("/actions"):
        return "000A1"
    return "000T1"  # a target: /targets/{id}, {target}, {targetId}, {contact}


def parameters(op: SpecOperation) -> Iterator[tuple[Mapping[str, Any], Any]]:
    """(parameter, value) for the path parameters, the required ones and `unicity`."""
    for parameter in op.document.get("parameters", []):
        parameter = SAMPLES.resolve(parameter)
        schema = parameter.get("schema", {})
        if parameter["in"] == "path":
            yield parameter, path_value(op, parameter["name"], schema)
        elif parameter["in"] == "query" and parameter["name"] == "unicity":
            # The one identifier of the "one of id, unicity, hash" calls; creation takes a new one.
            yield parameter, "U2" if op.method == "POST" else "U1"
        elif parameter["in"] == "query" and parameter.get("required"):
            yield parameter, parameter.get("example", SAMPLES.build(schema))


def arguments(op: SpecOperation, build: Any) -> tuple[list[Any], dict[str, Any]]:
    hints = typing.get_type_hints(build)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter, value in parameters(op):
        name = snake_case(parameter["name"])
        name = name if name in hints else f"{name}_"  # `hash` -> `hash_`, as generated
        converted = python_value(hints[name], value)
        if parameter["in"] == "path":
            args.append(converted)
        else:
            kwargs[name] = converted
    body = SAMPLES.resolve(op.document.get("requestBody") or {})
    if "body" in hints:
        media = next(iter(body["content"].values()))
        kwargs["body"] = python_value(hints["body"], next(SAMPLES.candidates(media)))
    return args, kwargs


def endpoints() -> dict[str, Operation[Any, Any]]:
    """operationId -> the operation bound on np6.Client (its x-np6-method), without np6's
    adapters: the walk passes the generated parameters as the spec names them."""
    client = np6.Client(api_key=KEY)
    found: dict[str, Operation[Any, Any]] = {}
    for operation_id, op in SPEC.by_id.items():
        resource, _, method = op.document["x-np6-method"].partition(".")
        bound = getattr(type(getattr(client, resource)), method)
        assert isinstance(bound, Operation), op.document["x-np6-method"]
        found[operation_id] = Operation(bound.module, bound.name)
    return found


ENDPOINTS = endpoints()
OPERATIONS = sorted(ENDPOINTS)


class Current:
    """A Handler that forwards to whichever fake the running test made: one server serves all."""

    fake: FakeNP6

    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes = b"") -> Reply:
        return self.fake.handle(method, url, headers, body)


Served = tuple[Current, str, httpx.Client]
# Made once: a new httpx client would load the CA bundle again, which costs more than the call.
TLS = ssl.create_default_context()


@pytest.fixture(scope="module")
def server() -> Iterator[Served]:
    """One server, and one keep-alive pool for the sync calls (an async pool is tied to the
    event loop of its test)."""
    from np6.testing import FakeServer

    current = Current()
    with FakeServer(current) as running, httpx.Client(verify=TLS) as http:
        yield current, running.url, http


def call_parts(operation_id: str) -> tuple[FakeNP6, Operation[Any, Any], list[Any], dict[str, Any]]:
    operation = ENDPOINTS[operation_id]
    args, kwargs = arguments(SPEC.by_id[operation_id], operation.build)
    return seeded(operation_id), operation, args, kwargs


def check(fake: FakeNP6, operation_id: str, result: Any) -> None:
    (received,) = fake.requests
    assert received.operation_id == operation_id
    # None only where the spec documents no body (e.g. 204).
    op = SPEC.by_id[operation_id]
    assert (result is None) == (op.media_type(op.success) is None), result


def test_the_walk_covers_every_operation() -> None:
    assert len(OPERATIONS) == len(SPEC.operations) >= 132


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_sync_in_process(operation_id: str) -> None:
    fake, operation, args, kwargs = call_parts(operation_id)
    http = httpx.Client(transport=fake.transport())
    with np6.Client(api_key=KEY, max_retries=0, http_client=http) as client:
        result = client._call(operation, *args, **kwargs)
    check(fake, operation_id, result)


@pytest.mark.parametrize("operation_id", OPERATIONS)
async def test_async_in_process(operation_id: str) -> None:
    fake, operation, args, kwargs = call_parts(operation_id)
    http = httpx.AsyncClient(transport=fake.transport())
    async with np6.AsyncClient(api_key=KEY, max_retries=0, http_client=http) as client:
        result = await client._call(operation, *args, **kwargs)
    check(fake, operation_id, result)


@pytest.mark.parametrize("operation_id", OPERATIONS)
def test_sync_over_the_server(operation_id: str, server: Served) -> None:
    current, url, http = server
    current.fake, operation, args, kwargs = call_parts(operation_id)
    with np6.Client(api_key=KEY, max_retries=0, base_url=url, http_client=http) as client:
        result = client._call(operation, *args, **kwargs)
    check(current.fake, operation_id, result)


@pytest.mark.parametrize("operation_id", OPERATIONS)
async def test_async_over_the_server(operation_id: str, server: Served) -> None:
    current, url, _ = server
    current.fake, operation, args, kwargs = call_parts(operation_id)
    async with (
        httpx.AsyncClient(verify=TLS) as http,
        np6.AsyncClient(api_key=KEY, max_retries=0, base_url=url, http_client=http) as client,
    ):
        result = await client._call(operation, *args, **kwargs)
    check(current.fake, operation_id, result)
