"""Contract test: every operation, called through the generated client, against Stoplight Prism.

Prism (`prism mock openapi/np6.yaml`) validates each request against the spec and answers from the
spec's examples; the generated parser must then accept the answer. `make prism` installs the pinned
Prism into .prism/ with npm; without it these tests are skipped, and `make contract` runs only them.
"""

from __future__ import annotations

import importlib
import json
import socket
import subprocess
import time
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from np6_api import Client as RawClient
from np6_api.types import UNSET
from openapi_python_client.strings import PythonIdentifier, snake_case

from .conftest import ROOT, SPEC_PATH, load_spec, operations, python_value, schema_validator

PRISM = ROOT / ".prism" / "node_modules" / ".bin" / "prism"
# Prism has no serializer for vendor media types without a +json suffix: it validates the request,
# then fails to write the example. Those operations are checked for request validity only (their
# parsing is covered by tests/test_generated.py with the spec's own examples).
UNSERIALIZABLE = "Cannot find serializer"

pytestmark = [
    pytest.mark.contract,
    pytest.mark.skipif(not PRISM.exists(), reason="Prism not installed (run `make prism`)"),
]

SPEC = load_spec()
OPERATIONS = sorted(operations(SPEC), key=lambda o: o[2]["operationId"])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    # Prism logs every request: to a file, since an unread pipe would fill up and block it.
    log = tmp_path_factory.mktemp("prism") / "prism.log"
    process = subprocess.Popen(
        [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(SPEC_PATH)],
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if process.poll() is not None:
                    pytest.fail(f"prism exited: {log.read_text()[-2000:]}")
                time.sleep(0.2)
        else:
            pytest.fail("prism did not start within 60 s")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


# --------------------------------------------------------------------------- sample values


def _resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def sample(schema: dict[str, Any]) -> Any:
    """A valid instance of `schema`: its example, or the smallest value that satisfies it."""
    schema = _resolve(schema)
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    for union in ("oneOf", "anyOf"):
        if union in schema:
            return sample(schema[union][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            merged.update(sample(part))
        return merged
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: sample(props[name]) for name in schema.get("required", []) if name in props}
    if kind == "array":
        return [sample(schema.get("items", {}))]
    if kind == "string":
        return {
            "date-time": "2019-08-24T14:15:22Z",
            "date": "2019-08-24",
            "uuid": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
            "binary": "payload",
        }.get(schema.get("format", ""), "abc")
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    raise AssertionError(f"no sample for {schema}")


def build_call(method: str, path: str, op: dict[str, Any]) -> tuple[Any, list[Any], dict[str, Any]]:
    """The generated module and the arguments of a valid call of `op`."""
    tag = PythonIdentifier(op["tags"][0], "tag")  # as the generator names it: Import -> import_
    module = importlib.import_module(f"np6_api.api.{tag}.{snake_case(op['operationId'])}")
    hints = typing.get_type_hints(module._get_kwargs)
    params = [_resolve(p) for p in op.get("parameters", [])]
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for param in params:
        if not param.get("required") and "example" not in param:
            continue
        python = next(n for n in hints if n.rstrip("_") == snake_case(param["name"]))
        value = param.get("example", sample(param["schema"]))
        converted = python_value(hints[python], value)
        if param["in"] == "path":
            args.append(converted)
        else:
            kwargs[python] = converted
    body = op.get("requestBody")
    if body and "body" in hints:
        media = next(iter(_resolve(body)["content"].values()))
        example = media.get("example", sample(media["schema"]))
        kwargs["body"] = python_value(hints["body"], example)
    return module, args, kwargs


@pytest.mark.parametrize(
    ("method", "path", "op"), OPERATIONS, ids=[o[2]["operationId"] for o in OPERATIONS]
)
def test_prism_accepts_the_request_and_the_answer_parses(
    prism: str, method: str, path: str, op: dict[str, Any]
) -> None:
    module, args, kwargs = build_call(method, path, op)
    raw = RawClient(base_url=prism, raise_on_unexpected_status=True, headers={"X-Key": "k"})
    sent: list[httpx.Request] = []
    raw.get_httpx_client().event_hooks["request"].append(sent.append)
    response = module.sync_detailed(*args, client=raw, **kwargs)
    violations = response.headers.get("sl-violations")
    if violations is not None and _vendor_body(sent[0]):
        _check_vendor_body(op, sent[0], violations)
        return
    assert violations is None, violations
    if response.status_code == 500 and UNSERIALIZABLE in response.content.decode():
        media = next(iter(next(iter(_success(op).values()))["content"]))
        assert not media.endswith("json"), media
        return
    assert 200 <= response.status_code < 300, response.content[:300]
    assert response.status_code in {int(c) for c in _success(op)}
    if _success(op)[str(response.status_code)].get("content"):
        assert response.parsed is not None and response.parsed is not UNSET


def _vendor_body(request: httpx.Request) -> bool:
    media = request.headers.get("content-type", "")
    return media.startswith("application/vnd.") and not media.endswith("json")


def _check_vendor_body(op: dict[str, Any], request: httpx.Request, violations: str) -> None:
    """Prism reads a body of a non-JSON vendor media type as text, so it can only complain about
    its type. That must be its only complaint, and the JSON we sent must match the schema."""
    found = json.loads(violations)
    assert {tuple(v["location"]) for v in found} == {("request", "body")}, found
    assert all(v["code"] == "type" for v in found), found
    media = _resolve(op["requestBody"])["content"][request.headers["content-type"]]
    validator = schema_validator(SPEC, media["schema"])
    assert list(validator.iter_errors(json.loads(request.content))) == []


def _success(op: dict[str, Any]) -> dict[str, Any]:
    return {str(c): _resolve(r) for c, r in op["responses"].items() if str(c).startswith("2")}


def test_prism_rejects_a_request_that_breaks_the_spec(prism: str) -> None:
    response = httpx.put(
        f"{prism}/segments/1/targets", json=[1, 2], headers={"X-Key": "k"}, timeout=10
    )
    assert response.status_code == 400
    assert "must be string" in response.headers["sl-violations"]


def test_prism_binary_is_pinned() -> None:
    package = Path(PRISM).resolve().parents[1] / "package.json"
    assert '"version": "5.16.0"' in package.read_text()
