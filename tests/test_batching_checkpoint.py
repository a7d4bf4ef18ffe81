"""Resumable batch jobs: the checkpoint journal, resuming after a crash anywhere, kill -9."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import np6
from np6._batching import arun_batches, run_batches
from np6._checkpoint import digest
from np6._errors import status_error

ROOT = Path(__file__).resolve().parent.parent


class Sink:
    """A thread-safe send that records chunks; `on_call(n)` runs before answering call n."""

    def __init__(self, fail: str | None = None) -> None:
        self.chunks: list[list[str]] = []
        self.lock = threading.Lock()
        self.fail = fail

    def __call__(self, chunk: list[str]) -> int:
        with self.lock:
            self.chunks.append(list(chunk))
        if self.fail in chunk:
            request = httpx.Request("PUT", "https://api-cm.np6.com/segments/1/targets")
            raise status_error(httpx.Response(400, request=request))
        return len(chunk)

    async def asend(self, chunk: list[str]) -> int:
        await asyncio.sleep(0)
        return self(chunk)

    @property
    def ids(self) -> list[str]:
        return [i for c in self.chunks for i in c]


def ids_of(n: int) -> list[str]:
    return [f"id{i}" for i in range(n)]


def test_a_finished_job_is_skipped_whole_on_rerun(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    first = run_batches(Sink(), ids_of(120), concurrency=2, checkpoint=path, job="j:1")
    assert (first.sent, first.skipped, first.resent) == (120, 0, 0)
    sink = Sink()
    again = run_batches(sink, ids_of(120), concurrency=2, checkpoint=path, job="j:1")
    assert sink.chunks == []
    assert (again.sent, again.skipped, again.resent) == (0, 120, 0)
    assert again.ok


def test_journal_is_small_and_readable(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    run_batches(Sink(), ids_of(120), concurrency=1, checkpoint=path, job="segments.add_targets:7")
    lines = path.read_text().splitlines()
    assert lines[0] == f"np6-checkpoint 1 segments.add_targets:7 50 {digest(ids_of(50))}"
    assert lines[1:3] == ["s 0", f"a 0 50 {digest(ids_of(50))}"]
    assert sorted(lines[1:]) == sorted(
        ["s 0", "s 1", "s 2"]
        + [
            f"a {i} {len(c)} {digest(c)}"
            for i, c in enumerate([ids_of(120)[:50], ids_of(120)[50:100], ids_of(120)[100:]])
        ]
    )
    assert path.stat().st_size < 40 * 7
    assert path.stat().st_mode & 0o777 == 0o600


def test_failed_chunks_are_sent_again_on_resume(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    first = run_batches(Sink(fail="id60"), ids_of(150), concurrency=2, checkpoint=path, job="j")
    assert first.failed_ids == ids_of(150)[50:100]
    sink = Sink()
    again = run_batches(sink, ids_of(150), concurrency=2, checkpoint=path, job="j")
    assert sink.chunks == [ids_of(150)[50:100]]
    assert (again.skipped, again.resent, again.added) == (100, 50, 50)


@pytest.mark.parametrize(
    ("job", "ids", "size", "message"),
    [
        ("other:2", ids_of(120), 50, "belongs to j:1, not other:2"),
        ("j:1", ids_of(121)[1:], 50, "another input"),
        ("j:1", ids_of(120), 40, "chunks of 50, not 40"),
    ],
)
def test_another_job_or_input_is_refused_before_sending(
    tmp_path: Path, job: str, ids: list[str], size: int, message: str
) -> None:
    path = tmp_path / "job.ckpt"
    run_batches(Sink(), ids_of(120), concurrency=2, checkpoint=path, job="j:1")
    before = path.read_bytes()
    sink = Sink()
    with pytest.raises(np6.CheckpointError, match=message) as caught:
        run_batches(sink, ids, concurrency=2, checkpoint=path, job=job, size=size)
    assert sink.chunks == []
    assert path.read_bytes() == before
    result = np6.partial_result(caught.value)
    assert result is None or result.sent == 0


def test_an_input_changed_in_the_middle_stops_with_the_books(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    run_batches(Sink(), ids_of(200), concurrency=2, checkpoint=path, job="j")
    changed = ids_of(200)
    changed[130] = "other"
    with pytest.raises(np6.CheckpointError, match=r"chunk 2 \(from input position 100\)") as caught:
        run_batches(Sink(), changed, concurrency=2, checkpoint=path, job="j")
    result = np6.partial_result(caught.value)
    assert result is not None
    assert (result.skipped, result.sent, result.not_sent_from) == (100, 0, 100)


def test_a_damaged_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    run_batches(Sink(), ids_of(120), concurrency=1, checkpoint=path, job="j")
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join([lines[0], b"zz top\n", *lines[1:]]))
    with pytest.raises(np6.CheckpointError, match="line 2: not a checkpoint record"):
        run_batches(Sink(), ids_of(120), concurrency=1, checkpoint=path, job="j")
    path.write_text("just some text\n")
    with pytest.raises(np6.CheckpointError, match="line 1"):
        run_batches(Sink(), ids_of(120), concurrency=1, checkpoint=path, job="j")


def test_a_journal_in_use_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    inner: list[BaseException] = []

    def send(chunk: list[str]) -> int:
        if not inner:
            try:
                run_batches(Sink(), ids_of(10), concurrency=1, checkpoint=path, job="j")
            except np6.CheckpointError as exc:
                inner.append(exc)
        return len(chunk)

    run_batches(send, ids_of(10), concurrency=1, checkpoint=path, job="j")
    assert "in use by another running job" in str(inner[0])


def test_empty_input_and_missing_directory(tmp_path: Path) -> None:
    path = tmp_path / "job.ckpt"
    assert run_batches(Sink(), [], concurrency=1, checkpoint=path, job="j").ok
    assert run_batches(Sink(), [], concurrency=1, checkpoint=path, job="j").ok
    with pytest.raises(np6.CheckpointError, match="cannot open checkpoint"):
        run_batches(Sink(), [], concurrency=1, checkpoint=tmp_path / "no" / "x", job="j")


# ---------------------------------------------------------------- crash anywhere, then resume


class Snapshot:
    """A send that copies the journal as it is when call `at` starts: what kill -9 would leave."""

    def __init__(self, path: Path, at: int) -> None:
        self.path, self.at = path, at
        self.sink = Sink()
        self.taken: bytes | None = None
        self.started_before: list[list[str]] = []

    def __call__(self, chunk: list[str]) -> int:
        with self.sink.lock:
            if len(self.sink.chunks) == self.at and self.taken is None:
                self.taken = self.path.read_bytes()
                self.started_before = [list(c) for c in self.sink.chunks]
        return self.sink(chunk)


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(1, 420),
    dupes=st.integers(0, 20),
    concurrency=st.integers(1, 5),
    at=st.integers(0, 9),
    tear=st.integers(0, 40),
    use_async=st.booleans(),
)
def test_resume_after_a_crash_at_any_point(
    n: int, dupes: int, concurrency: int, at: int, tear: int, use_async: bool
) -> None:
    ids = ids_of(n) + ids_of(min(dupes, n))  # repeated ids are skipped the same way on both runs
    chunks = [ids_of(n)[i : i + 50] for i in range(0, n, 50)]
    at = min(at, len(chunks))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "job.ckpt"
        crashed = Snapshot(path, at)
        run_batches(crashed, ids, concurrency=concurrency, checkpoint=path, job="j")
        journal = crashed.taken if crashed.taken is not None else path.read_bytes()
        started = crashed.started_before if crashed.taken is not None else crashed.sink.chunks
        if tear and journal.endswith(b"\n"):
            cut = journal[:-1].rfind(b"\n") + 1  # tear the last record: a crash mid-write
            journal = journal[: max(cut, len(journal) - tear)]
        path.write_bytes(journal)
        committed = journal[: journal.rfind(b"\n") + 1]  # a torn last line does not count
        acked = {int(r.split()[1]) for r in committed.splitlines()[1:] if r.startswith(b"a ")}
        sink = Sink()
        if use_async:
            result = asyncio.run(
                arun_batches(sink.asend, ids, concurrency=concurrency, checkpoint=path, job="j")
            )
        else:
            result = run_batches(sink, ids, concurrency=concurrency, checkpoint=path, job="j")
    # Together the two runs sent everything; the second skipped exactly the acknowledged chunks.
    assert sorted(sink.chunks) == sorted(c for i, c in enumerate(chunks) if i not in acked)
    assert result.skipped == sum(len(chunks[i]) for i in acked)
    assert result.skipped + result.sent == n
    assert result.ok and result.not_sent_from is None
    # Sent twice: only chunks that were in flight (started, not acknowledged) at the crash;
    # `resent` counts those the journal saw starting, so it may include one not yet on the wire.
    twice = [c for c in started if c in sink.chunks]
    assert len(twice) <= concurrency
    assert result.resent <= 50 * concurrency
    if not tear:
        assert result.resent >= sum(len(c) for c in twice)


# ---------------------------------------------------------------- a real kill -9, then resume


class _Counting(BaseHTTPRequestHandler):
    received: list[list[str]]
    lock: threading.Lock

    def do_PUT(self) -> None:
        ids = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        time.sleep(0.01)
        with self.lock:
            self.received.append(ids)
        body = str(len(ids)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def counting_server() -> Iterator[tuple[str, list[list[str]]]]:
    received: list[list[str]] = []
    handler = type("Handler", (_Counting,), {"received": received, "lock": threading.Lock()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", received
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


JOB = textwrap.dedent(
    """
    import sys, np6
    url, path = sys.argv[1], sys.argv[2]
    with np6.Client(api_key="k", base_url=url) as client:
        client.segments.add_targets(
            7, (f"000T{i}" for i in range(3000)), concurrency=4, checkpoint=path
        )
    """
)


def test_kill_9_mid_job_then_resume(
    tmp_path: Path, counting_server: tuple[str, list[list[str]]]
) -> None:
    url, received = counting_server
    path = tmp_path / "job.ckpt"
    child = subprocess.Popen([sys.executable, "-c", JOB, url, str(path)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 30
        while len(received) < 12 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.005)
        assert child.poll() is None, "the job ended before it could be killed"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    first = len(received)
    assert 12 <= first < 60
    with np6.Client(api_key="k", base_url=url) as client:
        result = client.segments.add_targets(
            7, (f"000T{i}" for i in range(3000)), concurrency=4, checkpoint=path
        )
    assert result.ok
    assert result.skipped + result.sent == 3000
    counts: dict[str, int] = {}
    for body in received:
        for i in body:
            counts[i] = counts.get(i, 0) + 1
    assert len(counts) == 3000  # nothing lost
    twice = sum(1 for c in counts.values() if c > 1)
    assert twice <= 4 * 50  # only the chunks in flight at the kill
    assert twice <= result.resent <= 4 * 50
