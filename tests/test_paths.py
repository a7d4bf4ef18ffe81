"""Path parameters that would change which resource a URL names are refused, for every operation.

`targets.delete(".")` must never become `DELETE /targets` (httpx removes dot segments).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from types import ModuleType
from typing import Any
from unittest.mock import MagicMock
from urllib.parse import quote

import httpx
import np6_api.api
import pytest
from openapi_python_client.strings import snake_case

import np6
from np6._operation import Operation

from .clients import KEY
from .conftest import load_spec, operations

# Each of these is, or decodes / normalises to, a dot segment, a slash or nothing.
BAD = [".", "..", "%2e", "%2E%2e", "%252e", "%2e.", "\uff0e", "\uff0e\uff0e", " . ", "%2f", "", " "]


def _modules() -> dict[str, ModuleType]:
    found = {}
    for info in pkgutil.walk_packages(np6_api.api.__path__, "np6_api.api."):
        if not info.ispkg:
            found[info.name.rsplit(".", 1)[-1]] = importlib.import_module(info.name)
    return found


MODULES = _modules()
# (METHOD, path template, generated module) for every operation of the spec.
ALL_OPERATIONS = [
    (method, path, MODULES[snake_case(op["operationId"])])
    for method, path, op in operations(load_spec())
]
PATH_OPERATIONS = [(method, path, module) for method, path, module in ALL_OPERATIONS if "{" in path]


def _call(module: ModuleType, value: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Arguments for `_get_kwargs`: `value` for every path parameter, a stand-in for the rest."""
    params = inspect.signature(module._get_kwargs).parameters.values()
    args = tuple(value for p in params if p.kind is p.POSITIONAL_OR_KEYWORD)
    kwargs = {
        p.name: MagicMock()
        for p in params
        if p.kind is p.KEYWORD_ONLY and p.default is inspect.Parameter.empty
    }
    return args, kwargs


@pytest.fixture(scope="module")
def client() -> np6.Client:
    return np6.Client(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(print)))


def test_every_path_parameterised_operation_is_walked() -> None:
    assert len(PATH_OPERATIONS) > 80
    assert len(MODULES) == len(ALL_OPERATIONS)


@pytest.mark.parametrize(
    ("method", "path", "module"), PATH_OPERATIONS, ids=[f"{m} {p}" for m, p, _ in PATH_OPERATIONS]
)
def test_dot_segments_are_refused_before_sending(
    client: np6.Client, method: str, path: str, module: ModuleType
) -> None:
    op = Operation(module, "test.op")
    # A normal value: the URL sent is the spec's path with the value quoted in each slot.
    args, kwargs = _call(module, "a b")
    spec = op.request(*args, **kwargs)
    request = client._request(spec["method"].upper(), spec["url"])
    assert request.method == method
    assert request.url.raw_path.decode() == re.sub(r"\{[^}]+\}", quote("a b", safe=""), path)
    for bad in BAD:
        args, kwargs = _call(module, bad)
        # The facade refuses the parameter by name...
        with pytest.raises(ValueError, match="must not"):
            op.request(*args, **kwargs)
        # ...and the last check refuses the URL even when built without it.
        url = module._get_kwargs(*args, **kwargs)["url"]
        with pytest.raises(ValueError, match="path"):
            client._request(method, url)


@pytest.mark.parametrize("bad", BAD)
def test_targets_delete_dot_never_reaches_the_bulk_delete(bad: str) -> None:
    sent: list[httpx.Request] = []
    client = np6.Client(
        api_key=KEY,
        http_client=httpx.Client(
            transport=httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(204))
        ),
    )
    with pytest.raises(ValueError, match="id"):
        client.targets.delete(bad)
    assert sent == []


@pytest.mark.parametrize("good", ["000T1", "a.b", "v1.2", ".hidden", "100%", "a%b", "é", 42])
def test_ordinary_identifiers_still_work(client: np6.Client, good: str | int) -> None:
    op = Operation(MODULES["delete_target"], "targets.delete")
    request = client._request("DELETE", op.request(good)["url"])
    assert request.url.raw_path.decode() == "/targets/" + quote(str(good), safe="")


def test_a_uuid_from_an_answer_is_a_path_parameter() -> None:
    # Ids of `format: uuid` come back as uuid.UUID and the generated signatures want one.
    import uuid

    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return httpx.Response(200, json={"type": "native", "id": str(key), "name": "App"})

    key = uuid.UUID("2399f53f-0e6c-4c2b-9d55-0d4a3b5b6f7a")
    client = np6.Client(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    assert client.applications.get(key).id == key
    assert seen == [f"/parameters/applications/{key}"]
    with pytest.raises(TypeError, match="str, int or UUID"):
        client.applications.get(3.5)  # type: ignore[arg-type]
