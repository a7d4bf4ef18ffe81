"""A rate-limit window the way NP6 documents one: past the limit, 429 with `X-RateLimit-*` headers.

    fake.faults.rate_limit_window(limit=50, reset="epoch")   # on the fake, or by hand:
    window = RateLimitWindow(50, window=1.0, reset="delta")
    remaining, reset, over = window.count()   # one request: the header values, and whether to 429

A window opens with the first request after the previous one closed and admits `limit` requests;
refused requests are not counted. `X-RateLimit-Reset` says when the window closes:
- `reset="delta"`: seconds from now, rounded up to a whole second (never 0 while it is open);
- `reset="epoch"`: the instant, as Unix epoch milliseconds (rounded up).
NP6's reference does not give the unit, so np6 must read both.

Pure apart from its two clocks, which tests replace: `clock` (monotonic seconds) and `wall` (Unix
time). Thread-safe: the fake serves many connections at once.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from typing import Literal, NamedTuple

ResetStyle = Literal["delta", "epoch"]


class Count(NamedTuple):
    """One request counted: `X-RateLimit-Remaining`, `X-RateLimit-Reset`, and whether to 429."""

    remaining: int
    reset: int
    over: bool


class RateLimitWindow:
    def __init__(
        self,
        limit: int,
        *,
        window: float = 1.0,
        reset: ResetStyle = "delta",
        enforce: bool = True,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValueError(f"limit must be an int >= 1, got {limit!r}")
        if not window > 0:
            raise ValueError(f"window must be > 0 seconds, got {window!r}")
        if reset not in ("delta", "epoch"):
            raise ValueError(f"reset must be 'delta' or 'epoch', got {reset!r}")
        self.limit = limit
        self.window = window
        self.reset = reset
        self.enforce = enforce
        self.clock = clock
        self.wall = wall
        self.admitted = 0  # over the whole life of the window object
        self.refused = 0
        self._lock = threading.Lock()
        self._end: float | None = None
        self._used = 0

    def __repr__(self) -> str:
        return (
            f"<RateLimitWindow {self.limit}/{self.window:g}s reset={self.reset} "
            f"admitted={self.admitted} refused={self.refused}>"
        )

    def count(self) -> Count:
        """Count one request (a refused one does not use the budget)."""
        with self._lock:
            now = self.clock()
            if self._end is None or now >= self._end:
                self._end, self._used = now + self.window, 0
            over = self.enforce and self._used >= self.limit
            if over:
                self.refused += 1
            else:
                self._used += 1
                self.admitted += 1
            left = self._end - now
            remaining = max(0, self.limit - self._used)
        if self.reset == "delta":
            return Count(remaining, max(1, math.ceil(left)), over)
        return Count(remaining, math.ceil((self.wall() + left) * 1000), over)

    def clear(self) -> None:
        """Start over: no open window, counters at zero."""
        with self._lock:
            self._end, self._used = None, 0
            self.admitted = self.refused = 0
