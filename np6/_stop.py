"""Retry waits that end at once when the batch job they serve stops.

A batch job runs each of its requests inside `Stop.active()`. The client sleeps through `sleep` /
`asleep`, which return early once that job's Stop is set (Ctrl-C, cancellation, or an answer that
fails every chunk), and its send loop then checks `stopping()` to give up with the error it already
has instead of retrying. Outside a batch job both are plain sleeps.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

_current: ContextVar[Stop | None] = ContextVar("np6_stop", default=None)


class Stop:
    """Set once; wakes every retry wait of the requests run under it, in threads or tasks."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._async_event: asyncio.Event | None = None

    def bind_loop(self) -> None:
        """Also wake `asleep` waits; call from the event loop that runs the job."""
        import asyncio

        self._async_event = asyncio.Event()
        if self._event.is_set():
            self._async_event.set()

    def set(self) -> None:
        self._event.set()
        if self._async_event is not None:
            self._async_event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    @contextmanager
    def active(self) -> Iterator[None]:
        """Run the requests of this block (this thread or task) under this Stop."""
        token = _current.set(self)
        try:
            yield
        finally:
            _current.reset(token)


def stopping() -> bool:
    """True when the batch job of the current request has stopped: do not retry."""
    stop = _current.get()
    return stop is not None and stop.is_set()


def sleep(seconds: float) -> None:
    stop = _current.get()
    if stop is None:
        time.sleep(seconds)
    else:
        stop._event.wait(seconds)


async def asleep(seconds: float) -> None:
    import asyncio

    stop = _current.get()
    event = stop._async_event if stop is not None else None
    if event is None:
        await asyncio.sleep(seconds)
        return
    try:
        async with asyncio.timeout(seconds):
            await event.wait()
    except TimeoutError:
        pass
