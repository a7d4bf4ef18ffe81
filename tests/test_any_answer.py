"""Property: whatever NP6 (or a proxy in front of it) answers, every operation of the spec returns
its result or raises an NP6Error, on both clients; never another exception."""

from __future__ import annotations

import asyncio
import email.utils
import json
import re
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import np6
from np6._operation import Operation
from np6._retry import RetryPolicy

from .clients import KEY
from .test_paths import ALL_OPERATIONS

# Every operation, its path parameters filled in.
OPERATIONS = [(m, re.sub(r"\{[^}]+\}", "x1", path), mod) for m, path, mod in ALL_OPERATIONS]

Answer = tuple[int, dict[str, bytes], bytes]

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_odd_bodies = st.sampled_from(
    [
        b"",
        b"[" * 5_000 + b"]" * 5_000,  # deeper than the recursion limit (100,000: test_send.py)
        b'{"a":' * 5_000 + b"1" + b"}" * 5_000,
        b"NaN",
        b"1e999",
        b"-Infinity",
        b'{"id": "\xff"}',
        b"<html>oops</html>",
        b"\x1f\x8b\x08\x00garbage",
        b'[{"id": 1e999}]',
        b"[" + b"1," * 1_000 + b"1]",
    ]
)
_header_values = st.one_of(
    st.sampled_from(
        [
            b"gzip",
            b"deflate",
            b"br",
            b"identity",
            b"application/json",
            b"text/html; charset=latin-1",
            b"-1",
            b"nan",
            b"1e999",
            b"0",
            b"3",
            b"1800000000000",
            email.utils.formatdate(0, usegmt=True).encode(),
            b"https://evil.example/x",
            b"/elsewhere",
            b"//",
        ]
    ),
    st.binary(max_size=30).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
)
_headers = st.dictionaries(
    st.sampled_from(
        [
            "Content-Type",
            "Content-Encoding",
            "Retry-After",
            "X-RateLimit-Limit",
            "X-RateLimit-Remaining",
            "X-RateLimit-Reset",
            "Location",
        ]
    ),
    _header_values,
    max_size=4,
)
answers = st.tuples(
    st.one_of(
        st.sampled_from([200, 201, 204, 302, 307, 400, 404, 429, 503]), st.integers(100, 599)
    ),
    _headers,
    st.one_of(st.binary(max_size=64), _odd_bodies, _json.map(lambda v: json.dumps(v).encode())),
)


class Replay:
    """A transport handler answering the example under test, for every try."""

    answer: Answer = (200, {}, b"")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        code, headers, body = self.answer
        return httpx.Response(code, headers=list(headers.items()), content=body)


def _client(kind: str, replay: Replay) -> Any:
    transport = httpx.MockTransport(replay)
    options: dict[str, Any] = {"api_key": KEY, "retry_policy": RetryPolicy(max_retries=1)}
    if kind == "sync":
        client: Any = np6.Client(http_client=httpx.Client(transport=transport), **options)
        client._sleep = lambda s: None
    else:
        client = np6.AsyncClient(http_client=httpx.AsyncClient(transport=transport), **options)

        async def no_sleep(seconds: float) -> None:
            return None

        client._sleep = no_sleep
    return client


def _outcome(kind: str, client: Any, op: Operation[Any, Any], request: httpx.Request) -> Any:
    if kind == "sync":
        return client._parse(op, client._send(request))

    async def call() -> Any:
        return client._parse(op, await client._send(request))

    return asyncio.run(call())


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    ("method", "path", "module"), OPERATIONS, ids=[f"{m} {p}" for m, p, _ in OPERATIONS]
)
def test_any_answer_gives_a_result_or_an_np6_error(
    kind: str, method: str, path: str, module: ModuleType
) -> None:
    replay = Replay()
    client = _client(kind, replay)
    op: Operation[Any, Any] = Operation(module, module.__name__)

    @settings(
        max_examples=3,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(answer=answers)
    def check(answer: Answer) -> None:
        replay.answer = answer
        request = client._request(method, path)
        message = ""
        try:
            _outcome(kind, client, op, request)
        except np6.NP6Error as error:
            message = str(error)
        assert KEY not in message
        assert len(message) < 1000

    check()
