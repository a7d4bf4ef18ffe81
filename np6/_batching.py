"""Sending any number of ids through an operation that takes at most 50 per call.

The input is read lazily, chunk by chunk, and at most `concurrency` chunks are in flight, so
memory stays flat for a generator of a million ids. Chunks are numbered in input order and sent
in that order. A chunk that fails (after the client's own retries) is recorded with its ids while
the others go on, except when the answer would fail every chunk (`ends_job`): then no new chunk
is sent and the result says where the input stopped being sent.

Stopping, for whatever reason (a fatal answer, Ctrl-C, `task.cancel()`, a bad id mid-stream, a
bug), wakes the retry waits of the chunks in flight at once (`_stop`), accounts for every chunk
sent, and either returns the result or raises the original exception with the result attached
(`partial_result`). With a checkpoint (`_checkpoint.Journal`) each acknowledged chunk is
journaled, and a rerun skips it.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

import httpx

from ._checkpoint import NO_CHUNK, CheckpointError, Journal, digest
from ._errors import (
    APIConnectionError,
    AuthenticationError,
    InterruptedChunkError,
    NotFoundError,
    NP6Error,
    PermissionDeniedError,
)
from ._stop import Stop
from ._validate import check_id

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

__all__ = [
    "BatchInputError",
    "BatchProgress",
    "BatchResult",
    "CheckpointError",
    "FailedChunk",
    "partial_result",
]

CHUNK_SIZE = 50
# After a cancel, how long an async job lets its requests finish (or give up their retry waits)
# by themselves before cutting them off: what they answer in that time is accounted exactly.
CANCEL_GRACE = 0.25
_TICK = 0.1  # longest blocking wait of a sync job's own thread


@dataclass(frozen=True)
class FailedChunk:
    """A chunk NP6 did not take: its number, the input position of its first id, ids, error."""

    index: int
    position: int
    ids: list[str]
    error: NP6Error


@dataclass(frozen=True)
class BatchProgress:
    """Passed to `on_progress` after each chunk completes or is skipped."""

    chunks_done: int
    ids_done: int
    added: int
    chunks_failed: int
    skipped: int = 0


@dataclass
class BatchResult:
    """What a batched call did.

    `sent` ids went out in `chunks_sent` requests (retries not counted); NP6 reported `added`
    of them as added; `failed` chunks were not acknowledged. `skipped` ids were acknowledged in
    the checkpoint by an earlier run and not sent again; `resent` ids were sent again because an
    earlier run had sent them without an acknowledgement (it failed, or crashed with them in
    flight). `duplicates` are repeated ids of the input, sent once.

    When the job stopped early, `stopped_by` is the answer that would have failed every chunk
    (if that was the reason) and `not_sent_from` the input position (0-based, counting every
    item read, duplicates included) from which nothing was sent: every id before it was sent,
    skipped or is a duplicate.
    """

    sent: int = 0
    added: int = 0
    chunks_sent: int = 0
    failed: list[FailedChunk] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    skipped: int = 0
    resent: int = 0
    stopped_by: NP6Error | None = None
    not_sent_from: int | None = None

    @property
    def chunks_failed(self) -> int:
        return len(self.failed)

    @property
    def failed_ids(self) -> list[str]:
        return [i for chunk in sorted(self.failed, key=lambda c: c.index) for i in chunk.ids]

    @property
    def ok(self) -> bool:
        """Every id of the input was acknowledged (now or in the checkpoint)."""
        return not self.failed and self.stopped_by is None and self.not_sent_from is None


class BatchInputError(ValueError):
    """A bad id in the middle of streamed input, after earlier chunks were sent."""


ProgressCallback = Callable[[BatchProgress], None]


def partial_result(exc: BaseException) -> BatchResult | None:
    """What a batched call had done when `exc` (Ctrl-C, cancellation, bad input...) stopped it."""
    result = getattr(exc, "partial_result", None)
    return result if isinstance(result, BatchResult) else None


def ends_job(error: NP6Error) -> bool:
    """An answer that every other chunk would get too: a bad key, no right, no such object, or
    a server whose connection cannot be opened even after the client's retries."""
    if isinstance(error, AuthenticationError | PermissionDeniedError | NotFoundError):
        return True
    cause = error.__cause__
    return isinstance(error, APIConnectionError) and isinstance(
        cause, httpx.ConnectError | httpx.ConnectTimeout
    )


class _Fingerprints:
    """An exact-enough set of seen ids in 8 bytes per slot (a set of str costs ~80 bytes per id).

    Ids are kept as 64-bit hashes in an open-addressing table; two distinct ids colliding is about
    one chance in 10^7 for a million ids, and would show up as a reported duplicate, not a loss.
    """

    def __init__(self) -> None:
        self._slots = array("Q", bytes(8 * 1024))
        self._count = 0

    def add(self, item: str) -> bool:
        """Record `item`; False if it was already there."""
        if 2 * (self._count + 1) > len(self._slots):
            self._grow()
        key = (hash(item) & 0xFFFF_FFFF_FFFF_FFFF) or 1
        if self._insert(self._slots, key):
            self._count += 1
            return True
        return False

    @staticmethod
    def _insert(slots: array[int], key: int) -> bool:
        mask = len(slots) - 1
        i = key & mask
        while True:
            current = slots[i]
            if current == 0:
                slots[i] = key
                return True
            if current == key:
                return False
            i = (i + 1) & mask

    def _grow(self) -> None:
        bigger = array("Q", bytes(16 * len(self._slots)))
        for key in self._slots:
            if key:
                self._insert(bigger, key)
        self._slots = bigger


@dataclass(frozen=True)
class _Chunk:
    index: int
    position: int  # input position of its first id
    end: int  # input position after its last id
    ids: list[str]


def _check_concurrency(concurrency: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")


class _Job:
    """The accounting of one batched call, shared by the sync and async loops (no I/O but the
    checkpoint). Only the loop's own thread or task calls it."""

    def __init__(
        self,
        concurrency: int,
        on_progress: ProgressCallback | None,
        size: int,
        checkpoint: str | os.PathLike[str] | None,
        job: str,
    ) -> None:
        _check_concurrency(concurrency)
        self.result = BatchResult()
        self.stop = Stop()
        self.size = size
        self.on_progress = on_progress
        self.journal = Journal(checkpoint, job, size) if checkpoint is not None else None
        self.crash: BaseException | None = None  # a non-NP6 error from a chunk: re-raised
        self.cursor = 0  # input position from which nothing was sent or skipped
        self.exhausted = False

    def chunks(self, ids: Iterable[object]) -> Iterator[_Chunk]:
        """The chunks to send: valid, first-seen ids in input order, minus acknowledged ones.

        A sequence is checked whole before the first chunk leaves; a stream is checked as it
        is read, and a bad item after some chunks were sent raises BatchInputError.
        """
        if isinstance(ids, str | bytes):
            kind = type(ids).__name__
            raise TypeError(f"ids must be an iterable of strings, not a single {kind}")
        if isinstance(ids, Sequence):
            for position, item in enumerate(ids):
                check_id(item, position)
        # A list or tuple gives the same items again: no need to check them twice.
        checked_whole = isinstance(ids, list | tuple)
        result, journal = self.result, self.journal
        seen = _Fingerprints()
        ids_: list[str] = []
        start = index = 0
        end = 0
        for position, item in enumerate(ids):
            if checked_whole:
                checked = cast(str, item)
            else:
                try:
                    checked = check_id(item, position)
                except (TypeError, ValueError) as exc:
                    if not self.cursor:
                        raise
                    raise BatchInputError(f"{exc}; earlier chunks were sent") from None
            if not seen.add(checked):
                result.duplicates.append(checked)
                continue
            if not ids_:
                start = position
            ids_.append(checked)
            end = position + 1
            if len(ids_) == self.size:
                chunk = _Chunk(index, start, end, ids_)
                if journal is None or not self._skip(chunk, journal):
                    yield chunk
                ids_, index = [], index + 1
        if ids_:
            chunk = _Chunk(index, start, end, ids_)
            if journal is None or not self._skip(chunk, journal):
                yield chunk
        elif journal is not None and index == 0:
            journal.begin(NO_CHUNK)
        self.exhausted = True

    def _skip(self, chunk: _Chunk, journal: Journal) -> bool:
        if chunk.index == 0:
            journal.begin(digest(chunk.ids))
        if not journal.verify(chunk.index, chunk.position, chunk.ids):
            return False
        self.cursor = chunk.end
        self.result.skipped += len(chunk.ids)
        self._progress()
        return True

    def started(self, chunk: _Chunk) -> None:
        if self.journal is not None:
            if chunk.index in self.journal.started:
                self.result.resent += len(chunk.ids)
            self.journal.sent(chunk.index)
        self.cursor = chunk.end
        self.result.chunks_sent += 1
        self.result.sent += len(chunk.ids)

    def settle(self, chunk: _Chunk, error: BaseException | None, value: Callable[[], Any]) -> None:
        """Account for one finished chunk; progress is reported last, after the books are right."""
        result = self.result
        if error is None:
            result.added += count_of(value())
            if self.journal is not None:
                self.journal.ack(chunk.index, chunk.ids)
        else:
            if not isinstance(error, NP6Error):
                self.crash = self.crash or error
                self.stop.set()
                wrapped = NP6Error(f"chunk {chunk.index} raised {type(error).__name__}: {error}")
                wrapped.__cause__ = error
                error = wrapped
            elif ends_job(error) and result.stopped_by is None:
                result.stopped_by = error
                self.stop.set()
            assert isinstance(error, NP6Error)
            result.failed.append(FailedChunk(chunk.index, chunk.position, chunk.ids, error))
        self._progress()

    def _progress(self) -> None:
        if self.on_progress is not None:
            r = self.result
            self.on_progress(
                BatchProgress(r.chunks_sent, r.sent, r.added, len(r.failed), r.skipped)
            )

    @property
    def stopping(self) -> bool:
        return self.stop.is_set()

    def finish(self) -> BatchResult:
        if self.journal is not None:
            self.journal.close()
            self.journal = None
        if not self.exhausted:
            self.result.not_sent_from = self.cursor
        return self.result

    def fail(self, exc: BaseException) -> BaseException:
        """`exc`, carrying the result of every chunk sent."""
        exc.partial_result = self.finish()  # type: ignore[attr-defined]
        return exc


def run_batches(
    send: Callable[[list[str]], int],
    ids: Iterable[object],
    *,
    concurrency: int,
    on_progress: ProgressCallback | None = None,
    size: int = CHUNK_SIZE,
    checkpoint: str | os.PathLike[str] | None = None,
    job: str = "batch",
) -> BatchResult:
    """Send `ids` through `send` in chunks, with up to `concurrency` threads.

    On any exception (Ctrl-C included) the retry waits of the chunks in flight end at once
    (every wait through the client's sleep wakes; a pending retry gives up), requests already
    on the wire are awaited (a sync request cannot be cut; the client's timeout bounds it) so
    that their answer is accounted, and the exception is re-raised with `partial_result`. In
    the main thread, a Ctrl-C that comes during the bookkeeping of a chunk is held until it is
    done, and a second one while stopping is ignored.
    """
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    state = _Job(concurrency, on_progress, size, checkpoint, job)
    pending: dict[Future[Any], _Chunk] = {}
    interrupts = _Interrupts()

    def run(chunk: list[str]) -> int:
        with state.stop.active():
            return send(chunk)

    def settle(block: bool) -> None:
        done = _done(pending)
        while block and pending and not done:
            # Short waits: a Ctrl-C simulated by `_thread.interrupt_main` (or on Windows) is
            # only seen between them, not inside a lock wait.
            done = wait(pending, timeout=_TICK, return_when=FIRST_COMPLETED).done
        with interrupts.held():
            for future in done:
                state.settle(pending.pop(future), future.exception(), future.result)

    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="np6-batch")
    with interrupts:
        try:
            for chunk in state.chunks(ids):
                settle(block=False)
                while len(pending) >= concurrency:
                    settle(block=True)
                if state.crash is not None:
                    raise state.crash
                if state.stopping:
                    break
                with interrupts.held():
                    state.started(chunk)
                    pending[pool.submit(run, chunk.ids)] = chunk
            while pending:
                settle(block=True)
            if state.crash is not None:
                raise state.crash
        except BaseException as exc:
            state.stop.set()
            interrupts.ignore()
            _until_done(lambda: settle(block=True), lambda: bool(pending))
            state.fail(exc)
            raise
        finally:
            interrupts.ignore()
            _until_done(lambda: pool.shutdown(wait=True), lambda: False)
    return state.finish()


async def arun_batches(
    send: Callable[[list[str]], Awaitable[int]],
    ids: Iterable[object],
    *,
    concurrency: int,
    on_progress: ProgressCallback | None = None,
    size: int = CHUNK_SIZE,
    checkpoint: str | os.PathLike[str] | None = None,
    job: str = "batch",
) -> BatchResult:
    """The asyncio twin of `run_batches`: up to `concurrency` chunks in flight as tasks.

    On cancellation the chunks in flight get `CANCEL_GRACE` seconds to finish or give up their
    retry waits, then are cancelled (failing with InterruptedChunkError); a second cancel
    meanwhile is absorbed. The CancelledError is re-raised with `partial_result`.
    """
    import asyncio

    state = _Job(concurrency, on_progress, size, checkpoint, job)
    state.stop.bind_loop()
    pending: dict[asyncio.Task[Any], _Chunk] = {}

    async def run(chunk: list[str]) -> int:
        with state.stop.active():
            return await send(chunk)

    def settle(done: Iterable[asyncio.Task[Any]]) -> None:
        for task in done:
            chunk = pending.pop(task)
            if task.cancelled():
                error: BaseException | None = InterruptedChunkError(
                    f"chunk {chunk.index} was cancelled before NP6 answered"
                )
            else:
                error = task.exception()
            state.settle(chunk, error, task.result)

    async def wait_some(within: float | None = None) -> None:
        done, _ = await asyncio.wait(pending, timeout=within, return_when=asyncio.FIRST_COMPLETED)
        settle(done)

    try:
        for chunk in state.chunks(ids):
            settle(_done(pending))
            while len(pending) >= concurrency:
                await wait_some()
            if state.crash is not None:
                raise state.crash
            if state.stopping:
                break
            state.started(chunk)
            pending[asyncio.ensure_future(run(chunk.ids))] = chunk
        while pending:
            await wait_some()
        if state.crash is not None:
            raise state.crash
    except BaseException as exc:
        state.stop.set()
        loop = asyncio.get_running_loop()
        deadline, cut = loop.time() + CANCEL_GRACE, False
        while pending:
            left = deadline - loop.time()
            if left <= 0 and not cut:
                cut = True
                for task in pending:
                    task.cancel()
            try:
                await wait_some(None if cut else left)
            except asyncio.CancelledError:
                deadline = 0.0  # cancelled again: stop waiting for answers
            except Exception:  # noqa: S110 - a later chunk's bookkeeping: keep draining
                pass
        state.fail(exc)
        raise
    return state.finish()


class _Interrupts:
    """Ctrl-C in a sync job's own thread: raised at once while it waits or reads input, held
    while it books a chunk (an interrupt there would lose the chunk), ignored once it stops.

    Only in the main thread and over Python's default handler; elsewhere nothing changes.
    """

    def __init__(self) -> None:
        self._depth = 0
        self._pending = False
        self._ignoring = False
        self._installed = False

    def __enter__(self) -> None:
        import signal
        import threading

        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            signal.signal(signal.SIGINT, self._handle)
            self._installed = True

    def __exit__(self, *exc_info: object) -> None:
        if self._installed:
            import signal

            signal.signal(signal.SIGINT, signal.default_int_handler)

    def _handle(self, signum: int, frame: object) -> None:
        if self._ignoring:
            return
        if self._depth:
            self._pending = True
            return
        raise KeyboardInterrupt

    @contextmanager
    def held(self) -> Iterator[None]:
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._pending and not self._ignoring:
                self._pending = False
                raise KeyboardInterrupt

    def ignore(self) -> None:
        self._ignoring = True


def _done(pending: Iterable[Any]) -> set[Any]:
    return {f for f in pending if f.done()}


def _until_done(step: Callable[[], None], more: Callable[[], bool]) -> None:
    """Run `step` until `more()` is false, through a second Ctrl-C (the job is stopping already)
    and through errors of later chunks' bookkeeping (the first exception is the one raised)."""
    while True:
        try:
            step()
        except (KeyboardInterrupt, Exception):  # noqa: S112
            continue
        if not more():
            return


def count_of(value: Any) -> int:
    """The number an add call reports; 0 when NP6 answered without one."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
