"""Fault injection: deterministic, on demand, counted per request.

`fake.faults.rate_limit(times=2)` makes the next two matching requests fail with 429, and so on.
Scheduled faults fire in the order they were scheduled; each can be limited to a path prefix, a
method, or one operation of the spec by its operationId (`operation="createAction"`). The
rate-limit window behind the `X-RateLimit-*` headers lives here too.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Literal

from ._ratelimit import Count, RateLimitWindow, ResetStyle

MalformedKind = Literal["html", "truncated", "empty"]


@dataclass
class Fault:
    kind: Literal["rate_limit", "server_error", "malformed"]
    times: int
    path: str | None = None
    method: str | None = None
    status: int = 503
    reset: int | str = 1
    retry_after: int | str | None = None
    body: MalformedKind = "html"
    operation: str | None = None

    def applies(self, method: str, path: str, operation_id: str | None) -> bool:
        return (
            (self.method is None or self.method == method)
            and (self.path is None or path.startswith(self.path))
            and (self.operation is None or self.operation == operation_id)
        )


class Faults:
    """What goes wrong, and when. All settings are plain attributes or one-line calls."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._scheduled: list[Fault] = []
        # Injected latency, in seconds per request; optionally only for a path prefix / a method.
        self.latency = 0.0
        self.latency_path: str | None = None
        self.latency_method: str | None = None
        self.latency_operation: str | None = None
        # The quota the X-RateLimit-* headers describe; `enforce_limit` turns it into 429s. np6
        # paces itself by these headers, so the default is one that tests and benches never spend.
        self.limit = 1_000_000
        self.window = 60.0
        self.enforce_limit = False
        self._window_start: float | None = None
        self._used = 0
        self._rate_window: RateLimitWindow | None = None

    # ------------------------------------------------------------------ scheduling
    def rate_limit(
        self,
        times: int = 1,
        *,
        reset: int | str = 1,
        retry_after: int | str | None = None,
        path: str | None = None,
        method: str | None = None,
        operation: str | None = None,
    ) -> None:
        """The next `times` matching requests answer 429 with `X-RateLimit-Reset: reset`
        (seconds, as NP6's unit is undocumented) and, if given, `Retry-After`. Nothing runs."""
        self._add(
            Fault(
                "rate_limit",
                times,
                path,
                method,
                reset=reset,
                retry_after=retry_after,
                operation=operation,
            )
        )

    def rate_limit_window(
        self, limit: int, *, window: float = 1.0, reset: ResetStyle = "delta"
    ) -> RateLimitWindow:
        """From now on, at most `limit` requests per `window` seconds; the others answer 429.
        Reset is whole seconds from now (`"delta"`) or epoch milliseconds (`"epoch"`)."""
        self._rate_window = RateLimitWindow(limit, window=window, reset=reset)
        self.limit = limit
        return self._rate_window

    def server_error(
        self,
        times: int = 1,
        *,
        status: int = 503,
        path: str | None = None,
        method: str | None = None,
        operation: str | None = None,
    ) -> None:
        """The next `times` matching requests answer `status` (5xx), a JSON error; nothing runs."""
        if not 500 <= status <= 599:
            raise ValueError(f"server_error status must be 5xx, got {status}")
        self._add(Fault("server_error", times, path, method, status=status, operation=operation))

    def malformed(
        self,
        times: int = 1,
        *,
        kind: MalformedKind = "html",
        path: str | None = None,
        method: str | None = None,
        operation: str | None = None,
    ) -> None:
        """The next `times` matching requests run, then answer 200 with a broken body: an HTML
        page, JSON cut in the middle, or nothing."""
        if kind not in ("html", "truncated", "empty"):
            raise ValueError(f"unknown malformed kind {kind!r}")
        self._add(Fault("malformed", times, path, method, body=kind, operation=operation))

    def slow(
        self,
        seconds: float,
        *,
        path: str | None = None,
        method: str | None = None,
        operation: str | None = None,
    ) -> None:
        """Add `seconds` of latency to every matching request (0 turns it off)."""
        self.latency, self.latency_path, self.latency_method = seconds, path, method
        self.latency_operation = operation

    def clear(self) -> None:
        """No more scheduled faults, no latency; the rate-limit window starts over."""
        with self._lock:
            self._scheduled.clear()
            self.latency, self.latency_path, self.latency_method = 0.0, None, None
            self.latency_operation = None
            self._window_start, self._used = None, 0
            self._rate_window = None

    @property
    def window_set(self) -> bool:
        """Whether `rate_limit_window` is in force."""
        return self._rate_window is not None

    @property
    def pending(self) -> int:
        """How many faulty answers are still scheduled."""
        with self._lock:
            return sum(f.times for f in self._scheduled)

    # ------------------------------------------------------------------ used by the core
    def take(
        self, method: str, path: str, operation_id: str | None = None, *, after: bool
    ) -> Fault | None:
        """Consume the first scheduled fault for this request: before the handler runs
        (429/5xx, `after=False`) or after it (malformed bodies, `after=True`)."""
        if not self._scheduled:  # unlocked fast path: the common case
            return None
        with self._lock:
            for fault in self._scheduled:
                if (fault.kind == "malformed") is after and fault.applies(
                    method, path, operation_id
                ):
                    fault.times -= 1
                    if fault.times <= 0:
                        self._scheduled.remove(fault)
                    return fault
        return None

    def delay(self, method: str, path: str, operation_id: str | None = None) -> float:
        if not self.latency:
            return 0.0
        if self.latency_operation is not None and self.latency_operation != operation_id:
            return 0.0
        if self.latency_method is not None and self.latency_method != method:
            return 0.0
        if self.latency_path is not None and not path.startswith(self.latency_path):
            return 0.0
        return self.latency

    def count(self) -> Count | tuple[int, int, bool]:
        """Count one request in the window: (remaining, seconds to reset, over the limit)."""
        if self._rate_window is not None:
            return self._rate_window.count()
        now = time.monotonic()
        with self._lock:
            if self._window_start is None or now - self._window_start >= self.window:
                self._window_start, self._used = now, 0
            self._used += 1
            reset = max(1, round(self.window - (now - self._window_start)))
            over = self.enforce_limit and self._used > self.limit
            return max(0, self.limit - self._used), reset, over

    def _add(self, fault: Fault) -> None:
        if fault.times < 1:
            raise ValueError(f"times must be >= 1, got {fault.times}")
        if fault.method is not None:
            fault.method = fault.method.upper()
        with self._lock:
            self._scheduled.append(fault)
