"""Batch jobs that stop: fail fast on answers every chunk would get, and account for every chunk."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Callable

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import np6
from np6._batching import arun_batches, run_batches
from np6._errors import status_error

IDS = [f"000T{i}" for i in range(400)]  # 8 chunks
NO_WAIT = np6.RetryPolicy(max_retries=2, initial_wait=0.0)


class Server:
    """A MockTransport handler (sync and async) answering from `answer(n, ids)`, n = request no."""

    def __init__(self, answer: Callable[[int, list[str]], httpx.Response]) -> None:
        self.answer = answer
        self.lock = threading.Lock()
        self.bodies: list[list[str]] = []
        self.first_fatal: int | None = None  # requests received when the first fatal answer left

    def __call__(self, request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.read())
        with self.lock:
            self.bodies.append(ids)
            n = len(self.bodies)
        response = self.answer(n, ids)
        if response.status_code in (401, 403, 404):
            with self.lock:
                self.first_fatal = self.first_fatal or n
        return response

    async def handle(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)
        return self(request)

    def received_after_fatal(self) -> int:
        assert self.first_fatal is not None
        return len(self.bodies) - self.first_fatal


def sync_client(server: Server) -> np6.Client:
    return np6.Client(
        api_key="k",
        retry_policy=NO_WAIT,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )


def async_client(server: Server) -> np6.AsyncClient:
    return np6.AsyncClient(
        api_key="k",
        retry_policy=NO_WAIT,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(server.handle)),
    )


def add_targets(server: Server, mode: str, concurrency: int = 4) -> np6.BatchResult:
    if mode == "sync":
        return sync_client(server).segments.add_targets(9, IDS, concurrency=concurrency)

    async def run() -> np6.BatchResult:
        async with async_client(server) as client:
            return await client.segments.add_targets(9, IDS, concurrency=concurrency)

    return asyncio.run(run())


def check_books(result: np6.BatchResult, server: Server) -> None:
    """Every id sent is either added or in a failed chunk; the counts match the server's view."""
    received = [i for body in server.bodies for i in body]
    assert result.sent == len(set(received))
    assert result.added + len(result.failed_ids) == result.sent
    assert result.not_sent_from is not None
    # Nothing from not_sent_from on was sent, and everything before it was.
    assert set(received) == set(IDS[: result.not_sent_from])


modes = pytest.mark.parametrize("mode", ["sync", "async"])


@modes
@pytest.mark.parametrize(
    ("status", "error"),
    [
        (401, np6.AuthenticationError),
        (403, np6.PermissionDeniedError),
        (404, np6.NotFoundError),
    ],
)
def test_an_answer_for_every_chunk_stops_the_job(
    mode: str, status: int, error: type[np6.NP6Error]
) -> None:
    server = Server(lambda n, ids: httpx.Response(status, json={"message": "no"}))
    result = add_targets(server, mode, concurrency=4)
    assert isinstance(result.stopped_by, error)
    assert 1 <= len(server.bodies) <= 4  # at most `concurrency` requests got that answer
    assert result.added == 0
    assert not result.ok
    check_books(result, server)


@modes
def test_fail_fast_after_some_chunks_went_through(mode: str) -> None:
    def answer(n: int, ids: list[str]) -> httpx.Response:
        return httpx.Response(200, json=len(ids)) if n <= 3 else httpx.Response(401)

    server = Server(answer)
    result = add_targets(server, mode, concurrency=3)
    assert isinstance(result.stopped_by, np6.AuthenticationError)
    assert server.received_after_fatal() <= 3 - 1  # only those already in flight
    assert result.added == 150
    assert all(isinstance(c.error, np6.AuthenticationError) for c in result.failed)
    check_books(result, server)


@modes
def test_a_server_that_cannot_be_reached_stops_the_job(mode: str) -> None:
    attempts = 0

    def refuse(request: httpx.Request) -> httpx.Response:
        nonlocal attempts
        attempts += 1
        raise httpx.ConnectError("connection refused", request=request)

    async def arefuse(request: httpx.Request) -> httpx.Response:
        return refuse(request)

    if mode == "sync":
        http = httpx.Client(transport=httpx.MockTransport(refuse))
        client = np6.Client(api_key="k", retry_policy=NO_WAIT, http_client=http)
        result = client.segments.add_targets(9, IDS, concurrency=2)
    else:

        async def run() -> np6.BatchResult:
            async with np6.AsyncClient(
                api_key="k",
                retry_policy=NO_WAIT,
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(arefuse)),
            ) as client:
                return await client.segments.add_targets(9, IDS, concurrency=2)

        result = asyncio.run(run())
    assert isinstance(result.stopped_by, np6.APIConnectionError)
    assert result.chunks_sent <= 2
    assert attempts <= 2 * (NO_WAIT.max_retries + 1)
    assert result.not_sent_from == 50 * result.chunks_sent


@modes
def test_a_chunk_specific_failure_does_not_stop_the_others(mode: str) -> None:
    def answer(n: int, ids: list[str]) -> httpx.Response:
        if "000T120" in ids:
            return httpx.Response(400, json={"message": "bad target"})
        return httpx.Response(200, json=len(ids))

    server = Server(answer)
    result = add_targets(server, mode)
    assert result.stopped_by is None
    assert result.not_sent_from is None
    assert len(server.bodies) == 8
    (failed,) = result.failed
    assert (failed.index, failed.position) == (2, 100)
    assert isinstance(failed.error, np6.BadRequestError)
    assert result.added == 350


@modes
def test_an_answer_that_cannot_be_decoded_is_a_failed_chunk(mode: str) -> None:
    def answer(n: int, ids: list[str]) -> httpx.Response:
        if "000T0" in ids:
            return httpx.Response(200, content=b"<html>proxy</html>")
        return httpx.Response(200, json=len(ids))

    server = Server(answer)
    result = add_targets(server, mode)
    (failed,) = result.failed
    assert failed.index == 0
    assert isinstance(failed.error, np6.InvalidResponseError)
    assert result.added == 350
    assert result.stopped_by is None


def test_an_unexpected_exception_carries_the_books_of_every_chunk_sent() -> None:
    calls = 0
    lock = threading.Lock()

    def send(chunk: list[str]) -> int:
        nonlocal calls
        with lock:
            calls += 1
            n = calls
        if n == 3:
            raise RecursionError("maximum recursion depth exceeded")
        return len(chunk)

    with pytest.raises(RecursionError) as caught:
        run_batches(send, IDS, concurrency=2)
    result = np6.partial_result(caught.value)
    assert result is not None
    assert result.chunks_sent == calls <= 4  # no new chunk after the one that crashed
    assert result.added + len(result.failed_ids) == result.sent
    (failed,) = result.failed
    assert isinstance(failed.error, np6.NP6Error)
    assert isinstance(failed.error.__cause__, RecursionError)
    assert result.not_sent_from == 50 * calls


def test_partial_result_is_none_for_other_exceptions() -> None:
    assert np6.partial_result(ValueError("x")) is None


@settings(max_examples=50, deadline=None)
@given(
    n=st.integers(1, 600),
    concurrency=st.integers(1, 6),
    fatal_at=st.integers(0, 11),
    use_async=st.booleans(),
)
def test_fail_fast_property(n: int, concurrency: int, fatal_at: int, use_async: bool) -> None:
    """Whatever chunk gets the fatal answer: no chunk starts after it but those already in
    flight (at most concurrency - 1), and the books say exactly what was sent and from where
    nothing was."""
    ids = [f"t{i}" for i in range(n)]
    fatal_id = ids[min(fatal_at * 50, n - 1)]
    lock = threading.Lock()
    calls: list[list[str]] = []
    after_fatal: list[int] = []

    def send(chunk: list[str]) -> int:
        with lock:
            calls.append(chunk)
        if fatal_id in chunk:
            request = httpx.Request("PUT", "https://api-cm.np6.com/segments/1/targets")
            with lock:
                after_fatal.append(len(calls))
            raise status_error(httpx.Response(404, request=request))
        return len(chunk)

    async def asend(chunk: list[str]) -> int:
        await asyncio.sleep(0)
        return send(chunk)

    if use_async:
        result = asyncio.run(arun_batches(asend, ids, concurrency=concurrency))
    else:
        result = run_batches(send, ids, concurrency=concurrency)
    assert isinstance(result.stopped_by, np6.NotFoundError)
    assert len(calls) - after_fatal[0] <= concurrency - 1
    sent = [i for c in calls for i in c]
    assert result.sent == len(sent) and result.chunks_sent == len(calls)
    assert result.added + len(result.failed_ids) == result.sent
    if result.not_sent_from is None:
        assert sorted(sent) == sorted(ids)
    else:
        assert sorted(sent) == sorted(ids[: result.not_sent_from])
        assert result.not_sent_from < n
