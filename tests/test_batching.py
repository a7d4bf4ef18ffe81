"""50-target batching: order, completeness, failure isolation, streaming, bad input."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import np6
from np6._batching import CHUNK_SIZE, BatchInputError, BatchProgress, arun_batches, run_batches
from np6.resources.segments import MAX_TARGETS_PER_CALL

from .conftest import Recorder, operations

ids_strategy = st.lists(st.text(alphabet="ABCDEF0123456789", min_size=1, max_size=6), max_size=400)


def expected_chunks(ids: list[str], size: int = 50) -> list[list[str]]:
    unique = list(dict.fromkeys(ids))
    return [unique[i : i + size] for i in range(0, len(unique), size)]


class Sink:
    """A thread-safe `send` that records chunks and can fail chosen ones."""

    def __init__(self, fail_when: str | None = None) -> None:
        self.chunks: list[list[str]] = []
        self.lock = threading.Lock()
        self.fail_when = fail_when

    def __call__(self, chunk: list[str]) -> int:
        with self.lock:
            self.chunks.append(list(chunk))
        if self.fail_when is not None and self.fail_when in chunk:
            request = httpx.Request("PUT", "https://api-cm.np6.com/segments/1/targets")
            raise np6.InternalServerError(
                "boom", response=httpx.Response(503, request=request), body=None
            )
        return len(chunk)

    async def asend(self, chunk: list[str]) -> int:
        await asyncio.sleep(0)
        return self(chunk)


@settings(max_examples=60, deadline=None)
@given(ids=ids_strategy, concurrency=st.integers(1, 6))
def test_chunks_are_bounded_ordered_and_complete(ids: list[str], concurrency: int) -> None:
    sink = Sink()
    result = run_batches(sink, ids, concurrency=concurrency)
    assert all(1 <= len(c) <= 50 for c in sink.chunks)
    # Every chunk is a slice of the de-duplicated input in order; together they are all of it.
    assert sorted(sink.chunks) == sorted(expected_chunks(ids))
    assert result.chunks_sent == len(sink.chunks)
    assert result.sent == result.added == len(set(ids))
    assert len(result.duplicates) == len(ids) - len(set(ids))
    assert result.ok


@settings(max_examples=40, deadline=None)
@given(ids=st.lists(st.uuids().map(str), min_size=1, max_size=300, unique=True), data=st.data())
def test_a_failed_chunk_loses_no_other_chunk(ids: list[str], data: st.DataObject) -> None:
    victim = data.draw(st.sampled_from(ids))
    sink = Sink(fail_when=victim)
    result = run_batches(sink, ids, concurrency=3)
    (failed,) = result.failed
    chunks = expected_chunks(ids)
    assert failed.ids == chunks[failed.index]
    assert victim in failed.ids
    assert isinstance(failed.error, np6.InternalServerError)
    assert result.added == len(ids) - len(failed.ids)
    assert sorted(sink.chunks) == sorted(chunks)  # every chunk was still sent
    assert result.failed_ids == failed.ids


@settings(max_examples=30, deadline=None)
@given(ids=ids_strategy, concurrency=st.integers(1, 5))
def test_async_and_sync_give_equal_results(ids: list[str], concurrency: int) -> None:
    sync_sink, async_sink = Sink(fail_when="A"), Sink(fail_when="A")
    sync_result = run_batches(sync_sink, ids, concurrency=concurrency)
    async_result = asyncio.run(arun_batches(async_sink.asend, ids, concurrency=concurrency))
    assert sorted(sync_sink.chunks) == sorted(async_sink.chunks)
    assert (sync_result.added, sync_result.chunks_sent, sync_result.sent) == (
        async_result.added,
        async_result.chunks_sent,
        async_result.sent,
    )
    assert sorted(sync_result.failed_ids) == sorted(async_result.failed_ids)
    assert sync_result.duplicates == async_result.duplicates


def test_input_is_streamed_not_materialised() -> None:
    produced = 0
    ahead: list[int] = []
    sink = Sink()

    def source() -> Iterator[str]:
        nonlocal produced
        for i in range(5_000):
            produced += 1
            yield f"id{i}"

    def send(chunk: list[str]) -> int:
        ahead.append(produced - sum(len(c) for c in sink.chunks))
        return sink(chunk)

    result = run_batches(send, source(), concurrency=4)
    assert result.sent == 5_000
    # Never more than the in-flight window (4 chunks) plus the chunk being read.
    assert max(ahead) <= 5 * 50


def test_progress_is_reported_per_chunk() -> None:
    seen: list[BatchProgress] = []
    result = run_batches(
        Sink(), [f"i{n}" for n in range(120)], concurrency=2, on_progress=seen.append
    )
    assert len(seen) == 3
    assert seen[-1] == BatchProgress(chunks_done=3, ids_done=120, added=120, chunks_failed=0)
    assert result.chunks_sent == 3


@pytest.mark.parametrize(
    ("ids", "error", "message"),
    [
        (["a", None], TypeError, r"ids\[1\] must be a str"),
        (["a", ""], ValueError, r"ids\[1\] is an empty string"),
        (["a", 7], TypeError, r"ids\[1\] must be a str, got int"),
        ("abc", TypeError, "not a single str"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    ids: object, error: type[Exception], message: str
) -> None:
    sink = Sink()
    with pytest.raises(error, match=message):
        run_batches(sink, ids, concurrency=2)  # type: ignore[arg-type]
    assert sink.chunks == []


def test_bad_id_mid_stream_keeps_what_was_sent() -> None:
    sink = Sink()

    def source() -> Iterator[object]:
        yield from (f"id{i}" for i in range(120))
        yield None
        yield "never-read"

    with pytest.raises(BatchInputError, match=r"ids\[120\].*earlier chunks were sent") as caught:
        run_batches(sink, source(), concurrency=2)
    result = np6.partial_result(caught.value)
    assert result is not None
    assert (result.sent, result.not_sent_from) == (100, 100)
    assert sum(len(c) for c in sink.chunks) == 100
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("concurrency", [0, -1, 1.5, True])
def test_concurrency_must_be_a_positive_int(concurrency: object) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        run_batches(Sink(), ["a"], concurrency=concurrency)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- through the client


def counting_server() -> Recorder:
    return Recorder(lambda r: httpx.Response(200, json=len(json.loads(r.content))))


def test_segments_add_targets_through_the_client() -> None:
    recorder = counting_server()
    client = np6.Client(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    ids = [f"000T{i}" for i in range(1234)] + ["000T1"]
    result = client.segments.add_targets(99, ids, concurrency=4)
    assert result.added == 1234
    assert result.chunks_sent == 25
    assert result.duplicates == ["000T1"]
    assert {r.url.path for r in recorder.requests} == {"/segments/99/targets"}
    sent = [i for r in recorder.requests for i in json.loads(r.content)]
    assert sorted(sent) == sorted(set(ids))


def test_failed_chunks_are_retried_by_the_client_then_reported() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        ids = json.loads(request.content)
        if "bad" in ids:
            return httpx.Response(503)
        return httpx.Response(200, json=len(ids))

    recorder = Recorder(answer)
    client = np6.Client(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    client._sleep = lambda s: None
    ids = [f"x{i}" for i in range(100)] + ["bad"] + [f"y{i}" for i in range(49)]
    result = client.segments.add_targets(5, ids, concurrency=2)
    assert result.added == 100
    (failed,) = result.failed
    assert failed.index == 2
    assert "bad" in failed.ids
    assert len(failed.ids) == 50
    assert isinstance(failed.error, np6.InternalServerError)
    # 2 good chunks + the bad one tried 1 + 3 retries
    assert len(recorder.requests) == 2 + 4


async def test_async_segments_add_targets() -> None:
    async def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=len(json.loads(request.content)))

    async with np6.AsyncClient(
        api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer))
    ) as client:
        result = await client.segments.add_targets(3, (f"t{i}" for i in range(501)))
    assert (result.added, result.chunks_sent) == (501, 11)


def test_raw_call_refuses_more_than_50_before_sending() -> None:
    recorder = counting_server()
    client = np6.Client(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    )
    with pytest.raises(ValueError, match="at most 50"):
        client.segments.add_targets_raw(1, [f"t{i}" for i in range(51)])
    with pytest.raises(ValueError, match="segment_id must not"):
        client.segments.add_targets("../1", ["a"])  # type: ignore[arg-type]
    assert recorder.requests == []
    assert client.segments.add_targets_raw(1, ["a", "b"]) == 2


def test_every_operation_with_a_list_limit_has_a_batched_method(spec: dict[str, Any]) -> None:
    """An operation whose body is a list with a documented maximum gets a method that sends
    any number through np6._batching (as segments.add_targets does for add_targets_raw)."""
    schemas = spec["components"]["schemas"]
    limited = set()
    for _, _, op in operations(spec):
        for media in op.get("requestBody", {}).get("content", {}).values():
            schema = media.get("schema", {})
            if "$ref" in schema:
                schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
            if schema.get("type") == "array" and "maxItems" in schema:
                limited.add((op["x-np6-method"], schema["maxItems"]))
    assert limited == {("segments.add_targets_raw", 50)}
    assert MAX_TARGETS_PER_CALL == CHUNK_SIZE == 50
