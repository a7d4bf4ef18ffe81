"""Adaptive pacing: one request budget per client, learned from the `X-RateLimit-*` headers.

NP6 counts requests per key in windows and answers 429 past the limit. A client with many threads
or tasks that only reacts to 429s hits the limit once per window and per sender; a paced client
spends the budget the headers announce and then waits for the window to reset, so every request
of the window succeeds.

`PaceCore` is the whole policy: pure, single-threaded, every method takes `now` (monotonic
seconds), so tests drive it with a fake clock. `Pacer` puts a lock around it and does the waiting,
with `time.sleep` or `asyncio.sleep`; one `Pacer` serves every thread and task of one client.

The model, per window (a "generation"):
- `allowance` is how many requests this generation may start: the limit at first, lowered to
  `used + Remaining` by each answer, so another user of the same key is taken into account; an
  answer to a request of an older generation says nothing about the current window and is ignored.
- The window's end is the earliest `now + Reset` among the current generation's answers: a server
  that rounds the delay up (whole seconds) never makes it early, and the earliest answer is the
  most precise. A Reset of 0 or in the past carries nothing (clock skew): it is ignored, and a
  budget spent with no known end waits one window length, as long as the last one seen.
- A request that finds the budget spent is scheduled at the window's end, in a new generation.
  Requests of the previous generation still unanswered when the new one opens may land in the
  new server window: they are taken off its allowance, as of the moment it opens (those answered
  between its opening and the next reservation are charged by their answer). A request that
  failed without an answer counts so once, harmlessly.
- A 429 pauses every sender: the server-asked wait (Retry-After, else Reset) plus up to
  `jitter_ratio` of it, so that clients sharing a key do not all come back in the same
  millisecond; when the server does not say, the retry policy's backoff for the n-th 429 in a
  row; never less than `floor`. A 429 to a request that was in flight when the pause began only
  lengthens it if it must. The next generation starts when the pause ends.
- Without rate-limit headers nothing is limited (only 429s pause), as before pacing existed.
- `max_per_second` spaces requests by at least `1 / max_per_second`, headers or not.
- `adaptive=False` (`pacing=False` on the client) ignores headers and 429s: the retry policy alone
  deals with them, as before; only `max_per_second` spacing remains.
- No wait longer than `max_wait`: past that, the request goes and the server's answer (a 429 the
  retry policy gives up on) tells the caller, rather than a silent hang.

Scheduling is a reservation: `reserve` commits a send time and the caller sleeps once. If a 429
arrives while a sender sleeps, `recheck` gives it a new slot after the pause (once per pause, so a
fake sleep that does not move the clock cannot loop).
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import httpx

from ._retry import RateLimit, RetryPolicy
from ._stop import stopping

DEFAULT_FLOOR = 0.1
DEFAULT_WINDOW = 1.0  # assumed window length until one is seen: "per second" limits are the rule
# Added to every window end learned from a header: covers a server that truncates its reset
# instant to the millisecond and the drift between the wall clock and the monotonic one.
RESET_MARGIN = 0.005


@dataclass(frozen=True)
class Slot:
    """A reserved send: at monotonic time `at`, in window `generation`, after pause `pause`."""

    at: float
    generation: int
    pause: int


class PaceCore:
    """The pacing policy as a pure state machine (see the module docstring). Not thread-safe."""

    def __init__(
        self,
        *,
        adaptive: bool = True,
        max_per_second: float | None = None,
        floor: float = DEFAULT_FLOOR,
        max_wait: float = 60.0,
        jitter_ratio: float = 0.1,
        jitter: Callable[[], float] = random.random,
        backoff: Callable[[int], float] | None = None,
    ) -> None:
        if max_per_second is not None and not max_per_second > 0:
            raise ValueError(f"max_requests_per_second must be > 0, got {max_per_second!r}")
        self.adaptive = adaptive
        self.spacing = 1.0 / max_per_second if max_per_second is not None else 0.0
        self.floor = floor
        self.max_wait = max_wait
        self.jitter_ratio = jitter_ratio
        self.jitter = jitter
        # The wait after the n-th 429 in a row (from 0) when the server did not say how long.
        self.backoff = backoff or (lambda n: floor * 2.0**n)
        self.limit: int | None = None
        self.generation = 0
        self.used = 0  # requests reserved in this generation
        self.outstanding: dict[int, int] = {}  # reserved and not answered, per generation
        self.carry = False  # the previous generation's outstanding are still to be counted
        self.allowance: int | None = None  # None: no budget known
        self.window_start: float | None = None
        self.window_end: float | None = None
        self.window_length = DEFAULT_WINDOW
        self.paused_until = 0.0
        self.pauses = 0  # 429 pauses so far: a slot made before the latest one is rechecked
        self.streak = 0  # 429s in a row
        self.next_at = 0.0  # earliest send allowed by max_per_second

    # ------------------------------------------------------------------ sending
    def reserve(self, now: float) -> Slot:
        """Commit one send and say when it may leave (`slot.at >= now`)."""
        at = max(now, self.paused_until, self.next_at)
        if self.adaptive:
            if self.carry and self.window_start is not None and now >= self.window_start:
                # Requests of the previous window still unanswered when this one opened may
                # have reached the server after its reset: they count against this window.
                self.carry = False
                if self.allowance is not None:
                    self.allowance -= self.outstanding.get(self.generation - 1, 0)
            if self.window_end is not None and at >= self.window_end:
                self._new_window(at)
            elif self.allowance is not None and self.used >= self.allowance:
                end = self.window_end
                if end is None:
                    end = self.window_start if self.window_start is not None else at
                    end += self.window_length
                at = max(at, end)
                self._new_window(at)
            if self.window_start is None:
                self.window_start = at
            at = max(at, self.window_start)  # the window may open in the future
            self.used += 1
            self.outstanding[self.generation] = self.outstanding.get(self.generation, 0) + 1
        if at - now > self.max_wait:
            at = now  # go and let the server say no: never hang silently
        if self.spacing:
            self.next_at = at + self.spacing
        return Slot(at, self.generation, self.pauses)

    def recheck(self, slot: Slot, now: float) -> Slot | None:
        """A new slot if a 429 paused everyone after `slot` was reserved, else None."""
        if slot.pause == self.pauses or self.paused_until <= now:
            return None
        return self.reserve(now)

    # ------------------------------------------------------------------ learning
    def observe(
        self,
        slot: Slot,
        now: float,
        *,
        status: int,
        limit: int | None,
        remaining: int | None,
        reset_in: float | None,
        asked: float | None = None,
    ) -> None:
        """Learn from the answer to the request sent in `slot`.

        `reset_in` is X-RateLimit-Reset as seconds from now (anything, even <= 0 or NaN); `asked`
        is, on a 429, the usable wait the server asked for (Retry-After, else Reset), or None.
        """
        if not self.adaptive:
            return
        if self.outstanding.get(slot.generation, 0) > 0:
            self.outstanding[slot.generation] -= 1
            if (
                self.carry
                and slot.generation == self.generation - 1
                and self.window_start is not None
                and now >= self.window_start
                and self.allowance is not None
            ):
                # Still in flight when this window opened (the carry is taken later, at the next
                # reservation): it may have used this window's budget, so it is charged now.
                self.allowance -= 1
        if status == 429:
            self._pause(slot, now, asked)
            return
        if 200 <= status < 300:
            self.streak = 0
        if limit is not None and limit > 0:
            self.limit = limit
        if slot.generation != self.generation:
            return  # an answer from a window that is over
        if remaining is not None:
            base = self.allowance if self.allowance is not None else self.limit
            budget = self.used + max(0, remaining)
            self.allowance = budget if base is None else min(base, budget)
        elif self.allowance is None and self.limit is not None:
            self.allowance = self.limit
        if reset_in is not None and 0 < reset_in < math.inf:
            end = now + reset_in + RESET_MARGIN
            if self.window_end is None or end < self.window_end:
                self.window_end = end
                if self.window_start is not None:
                    self.window_length = max(self.floor, end - self.window_start)

    def _pause(self, slot: Slot, now: float, asked: float | None) -> None:
        if asked is not None and asked > self.max_wait:
            return  # the retry policy gives up on this one; do not block everyone for it
        if slot.pause == self.pauses:  # sent after the latest pause: another 429 in a row
            self.streak += 1
            if asked is not None:
                wait = asked * (1 + self.jitter_ratio * self.jitter())
            else:
                wait = self.backoff(self.streak - 1)
        else:  # in flight when the latest pause began: it only lengthens it if it must
            wait = asked if asked is not None else 0.0
        wait = min(max(wait, self.floor), self.max_wait)
        if now + wait > self.paused_until:
            self.paused_until = now + wait
            self.pauses += 1
            self._new_window(self.paused_until)

    def _new_window(self, start: float) -> None:
        self.outstanding = {
            g: n for g, n in self.outstanding.items() if g == self.generation and n > 0
        }
        self.carry = True
        self.generation += 1
        self.used = 0
        self.allowance = self.limit
        self.window_start = start
        self.window_end = None


class Pacer:
    """`PaceCore` behind a lock, with the waiting done by the caller's sleep (sync or async).

    `policy` reads the headers as the retries do: `server_wait` for what a 429 asks,
    `reset_wait` for X-RateLimit-Reset (a delay, epoch seconds or epoch milliseconds).
    """

    def __init__(
        self, core: PaceCore, policy: RetryPolicy, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.core = core
        self.policy = policy
        self.clock = clock
        self._lock = threading.Lock()

    def _reserve(self, previous: Slot | None) -> tuple[Slot | None, float]:
        with self._lock:
            now = self.clock()
            slot = self.core.reserve(now) if previous is None else self.core.recheck(previous, now)
            return slot, (slot.at - now if slot is not None else 0.0)

    def wait(self, sleep: Callable[[float], object]) -> Slot:
        """Block until this thread may send; the slot goes back to `observe`."""
        slot, delay = self._reserve(None)
        assert slot is not None
        while delay > 0:
            sleep(delay)
            if stopping():  # the batch job stopped: its sleeps return at once, do not spin
                break
            again, delay = self._reserve(slot)
            slot = again or slot
            if again is None:
                break
        return slot

    async def await_turn(self, sleep: Callable[[float], Awaitable[object]]) -> Slot:
        """The asyncio twin of `wait`."""
        slot, delay = self._reserve(None)
        assert slot is not None
        while delay > 0:
            await sleep(delay)
            if stopping():
                break
            again, delay = self._reserve(slot)
            slot = again or slot
            if again is None:
                break
        return slot

    def observe(self, slot: Slot, response: httpx.Response, limits: RateLimit | None) -> None:
        """Learn from the answer to the request sent in `slot` (`limits`: its parsed headers)."""
        reset = limits.reset if limits is not None else response.headers.get("x-ratelimit-reset")
        reset_in = self.policy.reset_wait(reset) if reset is not None else None
        asked = self.policy.server_wait(response) if response.status_code == 429 else None
        with self._lock:
            self.core.observe(
                slot,
                self.clock(),
                status=response.status_code,
                limit=limits.limit if limits is not None else None,
                remaining=limits.remaining if limits is not None else None,
                reset_in=reset_in,
                asked=asked,
            )


def pacer_for(
    policy: RetryPolicy, *, pacing: bool, max_requests_per_second: float | None
) -> Pacer | None:
    """A client's pacer; None when pacing is off and no rate is set (np6 as it was before)."""
    if not isinstance(pacing, bool):
        raise TypeError(f"pacing must be True or False, got {pacing!r}")
    if max_requests_per_second is not None and (
        isinstance(max_requests_per_second, bool)
        or not isinstance(max_requests_per_second, int | float)
    ):
        raise TypeError(
            f"max_requests_per_second must be a number, got {max_requests_per_second!r}"
        )
    if not pacing and max_requests_per_second is None:
        return None
    core = PaceCore(
        adaptive=pacing,
        max_per_second=max_requests_per_second,
        max_wait=policy.max_server_wait,
        jitter=policy.jitter,
        backoff=policy.backoff,
    )
    return Pacer(core, policy)
