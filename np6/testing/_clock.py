"""The fake's time: frozen by default, moved by tests, so polling and delays cost no real time.

    fake.clock.advance(30)          # 30 s pass at once for the fake (tests, seeds, action tests)
    client = fake.client()          # np6 waits (retries, pacing, wait_for_test) advance it instead

`FakeClock(frozen=False)` follows the wall clock (plus what `advance` adds): the command-line
server uses it so that a real client polling for real sees time pass.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class FakeClock:
    def __init__(self, start: datetime | None = None, *, frozen: bool = True) -> None:
        self._start = (start or datetime.now(UTC)).astimezone(UTC)
        self._offset = 0.0
        self._real_start = time.monotonic() if not frozen else None
        self._lock = threading.Lock()

    @property
    def frozen(self) -> bool:
        return self._real_start is None

    def now(self) -> datetime:
        return self._start + timedelta(seconds=self.elapsed())

    def elapsed(self) -> float:
        """Seconds since the clock was made, as the fake sees them."""
        real = 0.0 if self._real_start is None else time.monotonic() - self._real_start
        return self._offset + real

    # What np6's client reads while it runs on this clock (`BaseClient._use_clock`): the pacer's
    # monotonic time, and the wall clock that epoch `X-RateLimit-Reset` values are read against.
    def monotonic(self) -> float:
        return self.elapsed()

    def time(self) -> float:
        return self.now().timestamp()

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"time only moves forward, got {seconds}")
        with self._lock:
            self._offset += seconds

    # Drop-in replacements for time.sleep and asyncio.sleep: the wait happens on this clock only.
    def sleep(self, seconds: float) -> None:
        self.advance(max(0.0, seconds))

    async def async_sleep(self, seconds: float) -> None:
        self.advance(max(0.0, seconds))

    def __repr__(self) -> str:
        return f"<FakeClock {self.now().isoformat()}{' frozen' if self.frozen else ''}>"
