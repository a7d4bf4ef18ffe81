"""Bound operations explain themselves (name, doc, signature, argument errors), load lazily."""

from __future__ import annotations

import inspect
import pydoc
import subprocess
import sys
from typing import Any

import httpx
import pytest

import np6
from np6._operation import BoundOperation, Operation

from .conftest import ROOT, operations


def _clients() -> list[np6.Client | np6.AsyncClient]:
    def fail(request: httpx.Request) -> httpx.Response:
        raise AssertionError(f"nothing should be sent: {request.method} {request.url}")

    transport = httpx.MockTransport(fail)
    return [
        np6.Client(api_key="k", http_client=httpx.Client(transport=transport)),
        np6.AsyncClient(api_key="k", http_client=httpx.AsyncClient(transport=transport)),
    ]


async def _called(method: Any, **kwargs: Any) -> Any:
    result = method(**kwargs)
    return await result if inspect.isawaitable(result) else result


def _summary(op: dict[str, Any]) -> str:
    return str(op["summary"]).rstrip(".")


@pytest.mark.parametrize("client", _clients(), ids=["sync", "async"])
async def test_every_operation_explains_itself(
    spec: dict[str, Any], client: np6.Client | np6.AsyncClient
) -> None:
    for _, _, op in operations(spec):
        name = op["x-np6-method"]
        resource, attr = name.split(".")
        method = getattr(getattr(client, resource), attr)
        assert isinstance(method, BoundOperation), name
        assert method.__name__ == attr
        assert method.__doc__ and method.__doc__.startswith(_summary(op)), name
        signature = inspect.signature(method)
        assert "client" not in signature.parameters, name
        assert signature.return_annotation is not inspect.Signature.empty, name
        assert f"{name}{signature}" in repr(method), name
        page = pydoc.render_doc(method, renderer=pydoc.plaintext)
        assert f"{attr}{signature}" in page, name
        assert _summary(op) in page, name
        assert inspect.iscoroutinefunction(method) is client.is_async, name
        # A wrong argument names the public method and its parameters, not np6's internals.
        with pytest.raises(TypeError) as info:
            await _called(method, not_a_parameter=1)
        message = str(info.value)
        assert message.startswith(f"{name}() "), message
        assert message.endswith(f"; parameters: {', '.join(signature.parameters) or 'none'}")


def test_a_misspelt_argument_names_the_method_and_its_parameters() -> None:
    client = _clients()[0]
    with pytest.raises(TypeError) as info:
        client.targets.get(unicty="FR1")  # type: ignore[call-arg]
    assert str(info.value) == (
        "targets.get() missing a required argument: 'id'; parameters: id, body"
    )
    with pytest.raises(TypeError) as info:
        client.targets.get("000T1", unicty="FR1")  # type: ignore[call-arg]
    assert str(info.value) == (
        "targets.get() got an unexpected keyword argument 'unicty'; parameters: id, body"
    )
    # Adapted operations check the adapter's signature: the one users see.
    with pytest.raises(TypeError) as info:
        client.targets.find(unicty="FR1")  # type: ignore[call-arg]
    assert str(info.value) == (
        "targets.find() got an unexpected keyword argument 'unicty'; "
        "parameters: hash, unicity, body"
    )


def test_a_type_error_inside_np6_is_not_blamed_on_the_caller() -> None:
    def broken(id: str) -> tuple[tuple[Any, ...], dict[str, Any]]:
        return (), {"no_such_generated_parameter": id}

    op = Operation("np6_api.api.contact.get_target", "targets.get").adapt(broken)
    with pytest.raises(TypeError) as info:
        op.request("000T1")
    assert "_get_kwargs" in str(info.value)


def test_signature_and_help_show_the_real_parameters_and_success_type() -> None:
    client = _clients()[0]
    signature = str(inspect.signature(client.targets.get))
    assert signature.startswith("(id: str, *, body: ")
    assert signature.endswith(" -> np6_api.models.target.Target")
    assert str(inspect.signature(client.targets.find)).startswith("(*, hash: str | None = None")
    assert "Target" in pydoc.render_doc(client.targets.find, renderer=pydoc.plaintext)


def test_the_first_call_loads_its_own_operation_only() -> None:
    """`client.targets` loads no endpoint; `client.targets.get(...)` loads `get_target` alone."""
    code = """
import sys, httpx, np6
answer = httpx.Response(200, json={"id": "000T1"})
http = httpx.Client(transport=httpx.MockTransport(lambda request: answer))
client = np6.Client(api_key="k", http_client=http)
loaded = lambda: sorted(m for m in sys.modules if m.startswith("np6_api.api."))
client.targets, client.segments, client.actions
print(loaded())
client.targets.get("000T1")
print(loaded())
"""
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    before, after = run.stdout.splitlines()
    assert before == "[]"
    assert after == "['np6_api.api.contact', 'np6_api.api.contact.get_target']"
