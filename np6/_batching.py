"""Sending any number of ids through an operation that takes at most 50 per call.

The input is read lazily, chunk by chunk, and at most `concurrency` chunks are in flight, so
memory stays flat for a generator of a million ids. Each chunk's failure (after the client's own
retries) is recorded with its ids while the other chunks go on; nothing is dropped silently.
"""

from __future__ import annotations

import asyncio
from array import array
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from ._errors import NP6Error
from ._validate import check_id

CHUNK_SIZE = 50


@dataclass(frozen=True)
class FailedChunk:
    """A chunk NP6 did not take: its position in the input order, its ids and the error."""

    index: int
    ids: list[str]
    error: NP6Error


@dataclass(frozen=True)
class BatchProgress:
    """Passed to `on_progress` after each chunk completes."""

    chunks_done: int
    ids_done: int
    added: int
    chunks_failed: int


@dataclass
class BatchResult:
    """What a batched call did. `added` is the total NP6 reported, summed over chunks."""

    added: int = 0
    chunks_sent: int = 0
    ids_sent: int = 0
    failed: list[FailedChunk] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    @property
    def chunks_failed(self) -> int:
        return len(self.failed)

    @property
    def failed_ids(self) -> list[str]:
        return [i for chunk in sorted(self.failed, key=lambda c: c.index) for i in chunk.ids]

    @property
    def ok(self) -> bool:
        return not self.failed

    def _settle(
        self,
        index: int,
        ids: list[str],
        error: BaseException | None,
        value: Callable[[], int],
        on_progress: ProgressCallback | None,
    ) -> None:
        """Account for one finished chunk: API errors are recorded, anything else is raised."""
        if error is not None and not isinstance(error, NP6Error):
            raise error
        self.chunks_sent += 1
        self.ids_sent += len(ids)
        if error is not None:
            self.failed.append(FailedChunk(index, ids, error))
        else:
            self.added += count_of(value())
        if on_progress is not None:
            on_progress(
                BatchProgress(self.chunks_sent, self.ids_sent, self.added, len(self.failed))
            )


class BatchInputError(ValueError):
    """A bad id in the middle of streamed input. Chunks before it were sent: see `result`."""

    def __init__(self, message: str, result: BatchResult) -> None:
        super().__init__(message)
        self.result = result


ProgressCallback = Callable[[BatchProgress], None]


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


def _chunks(ids: Iterable[object], result: BatchResult, size: int) -> Iterator[list[str]]:
    """Valid, first-seen ids in input order, `size` at a time; duplicates go to the result.

    A sequence is checked whole before the first chunk leaves; a stream is checked as it is read,
    and a bad item after some chunks were sent raises BatchInputError carrying the result so far.
    """
    if isinstance(ids, str | bytes):
        raise TypeError(f"ids must be an iterable of strings, not a single {type(ids).__name__}")
    if isinstance(ids, Sequence):
        for position, item in enumerate(ids):
            check_id(item, position)
    seen = _Fingerprints()
    chunk: list[str] = []
    yielded = False
    for position, item in enumerate(ids):
        try:
            checked = check_id(item, position)
        except (TypeError, ValueError) as exc:
            if not yielded:
                raise
            raise BatchInputError(f"{exc}; earlier chunks were sent", result) from None
        if not seen.add(checked):
            result.duplicates.append(checked)
            continue
        chunk.append(checked)
        if len(chunk) == size:
            yielded = True
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _check_concurrency(concurrency: int) -> None:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise ValueError(f"concurrency must be an int >= 1, got {concurrency!r}")


def run_batches(
    send: Callable[[list[str]], int],
    ids: Iterable[object],
    *,
    concurrency: int,
    on_progress: ProgressCallback | None = None,
    size: int = CHUNK_SIZE,
) -> BatchResult:
    """Send `ids` through `send` in chunks, with up to `concurrency` threads."""
    _check_concurrency(concurrency)
    result = BatchResult()

    def settle(done: Iterable[Future[int]]) -> None:
        for future in done:
            index, chunk = pending.pop(future)
            result._settle(index, chunk, future.exception(), future.result, on_progress)

    pending: dict[Future[int], tuple[int, list[str]]] = {}
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="np6-batch") as pool:
        try:
            for index, chunk in enumerate(_chunks(ids, result, size)):
                if len(pending) >= concurrency:
                    settle(wait(pending, return_when=FIRST_COMPLETED).done)
                pending[pool.submit(send, chunk)] = (index, chunk)
        finally:
            # Also on bad input: what was sent is accounted for before the error goes up.
            settle(wait(pending).done)
    return result


async def arun_batches(
    send: Callable[[list[str]], Awaitable[int]],
    ids: Iterable[object],
    *,
    concurrency: int,
    on_progress: ProgressCallback | None = None,
    size: int = CHUNK_SIZE,
) -> BatchResult:
    """The asyncio twin of `run_batches`: up to `concurrency` chunks in flight as tasks."""
    _check_concurrency(concurrency)
    result = BatchResult()
    pending: dict[asyncio.Task[int], tuple[int, list[str]]] = {}

    def settle(done: Iterable[asyncio.Task[int]]) -> None:
        for task in done:
            index, chunk = pending.pop(task)
            result._settle(index, chunk, task.exception(), task.result, on_progress)

    async def run(chunk: list[str]) -> int:
        return await send(chunk)

    try:
        for index, chunk in enumerate(_chunks(ids, result, size)):
            if len(pending) >= concurrency:
                done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                settle(done)
            pending[asyncio.ensure_future(run(chunk))] = (index, chunk)
    finally:
        if pending:
            done, _ = await asyncio.wait(pending)
            settle(done)
    return result


def count_of(value: Any) -> int:
    """The number an add call reports; 0 when NP6 answered without one."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
