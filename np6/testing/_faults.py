"""Fault injection: deterministic, on demand, counted per request.

`fake.faults.rate_limit(times=2)` makes the next two matching requests fail with 429, and so on.
Scheduled faults fire in the order they were scheduled; each can be limited to a path prefix, a
method, or one operation of the spec by its operationId (`operation="createAction"`). The
rate-limit window behind the `X-RateLimit-*` headers lives here too.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Literal

from ._clock import FakeClock
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

    def __init__(self, clock: FakeClock | None = None) -> None:
        self._lock = threading.Lock()
        self._scheduled: list[Fault] = []
        # Injected latency, in seconds per request; optionally only for a path prefix / a method.
        self.latency = 0.0
        self.latency_path: str | None = None
        self.latency_method: str | None = None
        self.latency_operation: str | None = None
        # The rate-limit window runs on the fake's clock, like everything else the fake times:
        # on a frozen clock it only moves when the clock does (`fake.client()` moves it).
        self.clock = clock or FakeClock()
        self._rate_window = self._default_window()
        self.window_set = False  # whether `rate_limit_window` is in force

    def _default_window(self) -> RateLimitWindow:
        # The quota the X-RateLimit-* headers describe when no window is set: one that tests and
        # benches never spend, never enforced, with no Reset header (`window_set` is False).
        return self._window(1_000_000, window=60.0, reset="delta", enforce=False)

    def _window(
        self, limit: int, *, window: float, reset: ResetStyle, enforce: bool = True
    ) -> RateLimitWindow:
        return RateLimitWindow(
            limit,
            window=window,
            reset=reset,
            enforce=enforce,
            clock=self.clock.monotonic,
            wall=self.clock.time,
        )

    @property
    def limit(self) -> int:
        """`X-RateLimit-Limit` of every answer."""
        return self._rate_window.limit

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
        Reset is whole seconds from now (`"delta"`) or epoch milliseconds (`"epoch"`).

        Windows are timed by the fake's clock: with `fake.client()` the client's waits move it;
        a client waiting for real on `fake.serve()` needs `FakeNP6(clock=FakeClock(frozen=False))`.
        """
        self._rate_window = self._window(limit, window=window, reset=reset)
        self.window_set = True
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
            self._rate_window = self._default_window()
            self.window_set = False

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

    def count(self) -> Count:
        """Count one request in the window: (remaining, seconds to reset, over the limit)."""
        return self._rate_window.count()

    def _add(self, fault: Fault) -> None:
        if fault.times < 1:
            raise ValueError(f"times must be >= 1, got {fault.times}")
        if fault.method is not None:
            fault.method = fault.method.upper()
        with self._lock:
            self._scheduled.append(fault)
