"""Ctrl-C and cancellation of batch jobs: prompt even during Retry-After waits, nothing left behind.

These tests sleep for real (a few tenths of a second each): what they check is wall-clock time.
"""

from __future__ import annotations

import _thread
import asyncio
import json
import signal
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

import np6

IDS = [f"000T{i}" for i in range(400)]  # 8 chunks
LONG = "30"  # Retry-After, seconds: far longer than any test may take


class Server:
    """A MockTransport handler; `answer(ids)` decides, `arrived` is set after `expect` requests."""

    def __init__(self, answer: Callable[[list[str]], httpx.Response], expect: int) -> None:
        self.answer = answer
        self.lock = threading.Lock()
        self.bodies: list[list[str]] = []
        self.expect = expect
        self.arrived = threading.Event()

    def receive(self, request: httpx.Request) -> list[str]:
        ids: list[str] = json.loads(request.read())
        with self.lock:
            self.bodies.append(ids)
            if len(self.bodies) >= self.expect:
                self.arrived.set()
        return ids

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.answer(self.receive(request))

    async def handle(self, request: httpx.Request) -> httpx.Response:
        ids = self.receive(request)
        if "000T0" in ids:  # chunk 0 of the async tests hangs on the wire
            await asyncio.sleep(float(LONG))
        return self.answer(ids)


def throttled(ids: list[str]) -> httpx.Response:
    return httpx.Response(429, headers={"Retry-After": LONG})


def sync_client(server: Server, *, pacing: bool = False) -> np6.Client:
    # Without pacing, every chunk meets the 429 and waits on Retry-After in its own retry loop.
    return np6.Client(
        api_key="k",
        pacing=pacing,
        http_client=httpx.Client(transport=httpx.MockTransport(server)),
    )


def np6_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("np6-batch")]


@pytest.fixture
def sigint_to_main() -> Iterator[Callable[[float, threading.Event], None]]:
    """Deliver SIGINT to the main thread once `ready` is set, plus `delay` seconds."""
    timers: list[threading.Thread] = []

    def schedule(delay: float, ready: threading.Event) -> None:
        def fire() -> None:
            if ready.wait(10):
                time.sleep(delay)
                signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)

        timer = threading.Thread(target=fire)
        timer.start()
        timers.append(timer)

    yield schedule
    for timer in timers:
        timer.join(15)


def test_ctrl_c_during_retry_after_stops_within_a_second(
    sigint_to_main: Callable[[float, threading.Event], None],
) -> None:
    server = Server(throttled, expect=4)
    client = sync_client(server)
    sigint_to_main(0.05, server.arrived)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt) as caught:
        client.segments.add_targets(9, IDS, concurrency=4)
    assert time.monotonic() - started < 1.5  # includes the time to get the 4 chunks waiting
    result = np6.partial_result(caught.value)
    assert result is not None
    assert len(server.bodies) == 4  # no retry after the interrupt, no new chunk
    assert (result.sent, result.added, result.not_sent_from) == (200, 0, 200)
    assert all(isinstance(c.error, np6.RateLimitError) for c in result.failed)
    assert result.failed_ids == IDS[:200]
    assert np6_threads() == []
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_ctrl_c_during_a_pacing_pause_stops_within_a_second(
    sigint_to_main: Callable[[float, threading.Event], None],
) -> None:
    # Paced: the first 429 pauses every sender for Retry-After; Ctrl-C must cut that pause short.
    server = Server(throttled, expect=1)
    client = sync_client(server, pacing=True)
    sigint_to_main(0.05, server.arrived)
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt) as caught:
        client.segments.add_targets(9, IDS, concurrency=4)
    assert time.monotonic() - started < 1.5
    result = np6.partial_result(caught.value)
    assert result is not None
    assert result.sent == sum(len(body) for body in server.bodies) <= 200
    assert result.added == 0
    assert result.failed_ids == IDS[: result.sent]
    assert np6_threads() == []


def test_interrupt_main_is_seen_too() -> None:
    server = Server(throttled, expect=2)
    client = sync_client(server)

    def interrupt() -> None:
        if server.arrived.wait(10):
            _thread.interrupt_main()

    timer = threading.Thread(target=interrupt)
    timer.start()
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt) as caught:
        client.segments.add_targets(9, IDS, concurrency=2)
    elapsed = time.monotonic() - started
    timer.join(5)
    assert elapsed < 1.5
    result = np6.partial_result(caught.value)
    assert result is not None and result.sent == 100
    assert np6_threads() == []


def test_a_second_ctrl_c_while_stopping_keeps_the_books(
    sigint_to_main: Callable[[float, threading.Event], None],
) -> None:
    slow_done = threading.Event()

    def answer(ids: list[str]) -> httpx.Response:
        if "000T50" in ids:  # chunk 1 is on the wire when Ctrl-C comes, and answers later
            time.sleep(0.4)
            slow_done.set()
            return httpx.Response(200, json=len(ids))
        return throttled(ids)

    server = Server(answer, expect=3)
    client = sync_client(server)
    sigint_to_main(0.0, server.arrived)
    sigint_to_main(0.15, server.arrived)  # during the wind-down
    started = time.monotonic()
    with pytest.raises(KeyboardInterrupt) as caught:
        client.segments.add_targets(9, IDS, concurrency=3)
    assert time.monotonic() - started < 1.5
    assert slow_done.is_set()
    result = np6.partial_result(caught.value)
    assert result is not None
    assert (result.sent, result.added, len(result.failed_ids)) == (150, 50, 100)
    assert np6_threads() == []


def test_fail_fast_wakes_the_chunks_waiting_on_retry_after() -> None:
    def answer(ids: list[str]) -> httpx.Response:
        if "000T150" in ids:
            time.sleep(0.1)  # after the others are waiting
            return httpx.Response(401)
        return throttled(ids)

    server = Server(answer, expect=4)
    client = sync_client(server)
    started = time.monotonic()
    result = client.segments.add_targets(9, IDS, concurrency=4)
    assert time.monotonic() - started < 1.0
    assert isinstance(result.stopped_by, np6.AuthenticationError)
    assert len(server.bodies) == 4
    assert sorted(type(c.error).__name__ for c in result.failed) == [
        "AuthenticationError",
        *["RateLimitError"] * 3,
    ]


def async_client(server: Server) -> np6.AsyncClient:
    transport = httpx.MockTransport(server.handle)
    return np6.AsyncClient(
        api_key="k", pacing=False, http_client=httpx.AsyncClient(transport=transport)
    )


@pytest.mark.parametrize("cancels", [1, 2])
async def test_task_cancel_stops_within_a_second(cancels: int) -> None:
    server = Server(throttled, expect=4)
    async with async_client(server) as client:
        job = asyncio.ensure_future(client.segments.add_targets(9, IDS, concurrency=4))
        while not server.arrived.is_set():  # noqa: ASYNC110 - set by a server thread
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)
        started = time.monotonic()
        job.cancel()
        if cancels == 2:
            await asyncio.sleep(0.05)  # inside the grace period
            job.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await job
        elapsed = time.monotonic() - started
    assert elapsed < 1.0
    result = np6.partial_result(caught.value)
    assert result is not None
    assert (result.sent, result.added, result.not_sent_from) == (200, 0, 200)
    errors = sorted(type(c.error).__name__ for c in result.failed)
    # Chunk 0 hangs on the wire and is cut off; the others gave up their Retry-After wait.
    assert errors == ["InterruptedChunkError", *["RateLimitError"] * 3]
    assert len(server.bodies) == 4
    assert asyncio.all_tasks() == {asyncio.current_task()}


async def test_a_cancelled_job_resumes_from_its_checkpoint(tmp_path: Path) -> None:
    def ok(ids: list[str]) -> httpx.Response:
        return httpx.Response(200, json=len(ids))

    path = tmp_path / "job.ckpt"
    server = Server(ok, expect=8)  # chunk 0 hangs on the wire, the 7 others are added
    async with async_client(server) as client:
        job = asyncio.ensure_future(client.segments.add_targets(9, IDS, checkpoint=path))
        while not server.arrived.is_set():  # noqa: ASYNC110 - set by a server thread
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)
        job.cancel()
        with pytest.raises(asyncio.CancelledError) as caught:
            await job
    first = np6.partial_result(caught.value)
    assert first is not None
    assert (first.added, first.failed_ids) == (350, IDS[:50])
    assert isinstance(first.failed[0].error, np6.InterruptedChunkError)
    resumed = Server(ok, expect=1)
    result = sync_client(resumed).segments.add_targets(9, IDS, checkpoint=path)
    assert resumed.bodies == [IDS[:50]]
    assert (result.sent, result.skipped, result.resent, result.added) == (50, 350, 50, 50)
    assert result.ok
