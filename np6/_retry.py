"""When to retry a request and how long to wait: pure decisions, no I/O.

Policy (DESIGN.md): 429 is retried for every method, since NP6 refused the request without running
it; 502/503/504 and broken connections only for idempotent methods. A connection that could not
even be opened (connect error or timeout, pool timeout) sent nothing, so it is retried for every
method too.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

from ._validate import epoch_seconds

IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
RETRYABLE_STATUSES = frozenset({502, 503, 504})
# Failures that happen before any byte of the request left: safe to retry whatever the method.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)


@dataclass(frozen=True)
class RateLimit:
    """The rate-limit headers of the last response that carried them (None when absent)."""

    limit: int | None
    remaining: int | None
    reset: str | None

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit | None:
        # One pass over the raw headers: this runs on every answer (pacing reads it), and each
        # `httpx.Headers` lookup is itself a pass.
        found: dict[bytes, bytes] = {}
        for key, value in headers.raw:
            name = key.lower()
            if name.startswith(b"x-ratelimit-"):
                found.setdefault(name, value)
        if b"x-ratelimit-limit" not in found and b"x-ratelimit-remaining" not in found:
            return None
        reset = found.get(b"x-ratelimit-reset")
        return cls(
            limit=_int_or_none(found.get(b"x-ratelimit-limit")),
            remaining=_int_or_none(found.get(b"x-ratelimit-remaining")),
            reset=reset.decode("latin-1") if reset is not None else None,
        )


def _int_or_none(value: bytes | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


@dataclass(frozen=True)
class RetryPolicy:
    """How np6 retries. `max_retries=0` turns retries off.

    Waits grow as `initial_wait * 2**attempt`, capped at `max_wait`, minus up to 25% jitter so that
    many clients do not retry in step. A wait asked by the server (`Retry-After`, or
    `X-RateLimit-Reset` on a 429) is honoured up to `max_server_wait`; past that np6 gives up at
    once rather than burn retries that would fail again.
    """

    max_retries: int = 3
    initial_wait: float = 0.5
    max_wait: float = 8.0
    max_server_wait: float = 60.0
    jitter: Callable[[], float] = field(default=random.random, repr=False)
    now: Callable[[], float] = field(default=time.time, repr=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be >= 0, got {self.max_retries}")

    def should_retry_status(self, method: str, status: int) -> bool:
        if status == 429:
            return True
        return status in RETRYABLE_STATUSES and method.upper() in IDEMPOTENT_METHODS

    def should_retry_error(self, method: str, error: Exception) -> bool:
        if isinstance(error, NOT_SENT_ERRORS):
            return True
        return isinstance(error, httpx.TransportError) and method.upper() in IDEMPOTENT_METHODS

    def backoff(self, attempt: int) -> float:
        """The wait before retry number `attempt + 1` when the server did not say."""
        base = min(self.initial_wait * 2.0**attempt, self.max_wait)
        return base * (1 - 0.25 * self.jitter())

    def server_wait(self, response: httpx.Response) -> float | None:
        """Seconds the server asked us to wait, from Retry-After or (on 429) X-RateLimit-Reset.

        None when it did not say, or said something unusable: negative, zero, NaN, infinite or an
        instant already past. The caller then backs off as if nothing was said, rather than
        retrying at once.
        """
        retry_after = response.headers.get("retry-after")
        if retry_after is not None:
            wait = self._parse_retry_after(retry_after)
        elif response.status_code == 429 and "x-ratelimit-reset" in response.headers:
            wait = self.reset_wait(response.headers["x-ratelimit-reset"])
        else:
            return None
        return wait if wait is not None and 0.0 < wait < math.inf else None

    def _parse_retry_after(self, value: str) -> float | None:
        value = value.strip()
        try:
            return float(value)
        except ValueError:
            pass
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        return when.timestamp() - self.now()

    def reset_wait(self, value: str) -> float | None:
        """`X-RateLimit-Reset` as seconds from now (may be <= 0: an instant already past)."""
        # The reference does not give the unit. Large numbers are epoch instants (seconds, or
        # milliseconds as NP6 uses elsewhere); small ones are a delay in seconds.
        try:
            number = float(value.strip())
        except ValueError:
            return self._parse_retry_after(value)
        if number > 1e9:
            return epoch_seconds(number) - self.now()
        return number
