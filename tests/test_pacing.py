"""Adaptive pacing (np6/_pacing.py) with a fake clock: no test here sleeps for real."""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections import Counter

import httpx
import pytest

import np6
from np6._pacing import RESET_MARGIN, PaceCore, Pacer, Slot, pacer_for
from np6._retry import RateLimit
from np6.testing import FakeNP6
from np6.testing._ratelimit import RateLimitWindow


def core(**options: object) -> PaceCore:
    options.setdefault("jitter", lambda: 0.0)
    return PaceCore(**options)  # type: ignore[arg-type]


def ok(
    pace: PaceCore,
    slot: Slot,
    now: float,
    *,
    limit: int | None = 3,
    remaining: int | None = None,
    reset_in: float | None = 1.0,
    status: int = 200,
    asked: float | None = None,
) -> None:
    pace.observe(
        slot,
        now,
        status=status,
        limit=limit,
        remaining=remaining,
        reset_in=reset_in,
        asked=asked,
    )


# --------------------------------------------------------------------------- the budget


def test_without_headers_nothing_waits() -> None:
    pace = core()
    slots = [pace.reserve(5.0) for _ in range(1000)]
    assert {s.at for s in slots} == {5.0}
    for slot in slots:
        ok(pace, slot, 5.0, limit=None, reset_in=None)
    assert pace.reserve(5.0).at == 5.0


def test_spends_the_announced_budget_then_waits_for_the_reset() -> None:
    pace = core()
    first = pace.reserve(0.0)
    ok(pace, first, 0.01, remaining=2, reset_in=1.0)  # 3 per window, this one used one
    assert [pace.reserve(0.02).at for _ in range(2)] == [0.02, 0.02]
    nxt = pace.reserve(0.03)  # budget spent: scheduled when the window closes
    assert nxt.at == pytest.approx(1.01 + RESET_MARGIN)
    assert nxt.generation == first.generation + 1
    # The new window has the full budget again: two more go at the same instant, the fourth waits.
    assert [pace.reserve(0.04).at for _ in range(2)] == [nxt.at, nxt.at]
    assert pace.reserve(0.05).at > nxt.at + 0.9


def test_in_flight_requests_count_against_the_budget() -> None:
    pace = core()
    slots = [pace.reserve(0.0) for _ in range(3)]  # limit not known yet: all three go
    ok(pace, slots[0], 0.01, remaining=2, reset_in=1.0)  # the server had counted only one
    assert pace.reserve(0.01).at > 1.0  # but three are out: the budget of 3 is spent


def test_remaining_lowers_the_budget_for_another_user_of_the_key() -> None:
    pace = core()
    slot = pace.reserve(0.0)
    ok(pace, slot, 0.01, limit=10, remaining=1, reset_in=1.0)  # someone else used 8
    assert pace.reserve(0.02).at == 0.02
    assert pace.reserve(0.02).at > 1.0


def test_answers_from_a_closed_window_teach_nothing() -> None:
    pace = core()
    old = pace.reserve(0.0)
    ok(pace, old, 0.01, remaining=2, reset_in=1.0)
    pace.reserve(0.01), pace.reserve(0.01)
    new = pace.reserve(0.02)  # next window
    ok(pace, old, 0.5, remaining=0, reset_in=1.0)  # late answer of the old window
    assert pace.generation == new.generation and pace.allowance == 3
    assert pace.window_end is None


def test_old_requests_answered_after_the_new_window_opened_use_its_budget() -> None:
    # Seen with AsyncClient at concurrency 16: connections that took a second to open sent two
    # requests of the first window after the second had opened, and the server counted them there.
    pace = core()
    first = [pace.reserve(0.0) for _ in range(3)]
    ok(pace, first[0], 0.01, remaining=2, reset_in=1.0)  # 3 per window; two still in flight
    nxt = pace.reserve(0.02)  # asleep until the next window opens (1.015)
    assert nxt.generation == first[0].generation + 1
    for late in first[1:]:  # answered once the new window is open: they may have landed in it
        ok(pace, late, 1.2, remaining=1, reset_in=1.0)
    # `nxt` is the one request this window has left: the next waits for the window after.
    assert pace.reserve(1.3).at > 2.0


def test_window_end_is_the_earliest_rounded_up_reset() -> None:
    # A server that gives whole seconds, rounded up: the first answer of the window is the most
    # precise (the window closes at most 1 s after it), later ones only say "1" again.
    pace = core()
    slots = [pace.reserve(t / 100) for t in range(3)]
    ok(pace, slots[0], 0.01, limit=10, remaining=9, reset_in=1.0)
    ok(pace, slots[1], 0.61, limit=10, remaining=8, reset_in=1.0)
    ok(pace, slots[2], 0.02, limit=10, remaining=7, reset_in=1.0)
    assert pace.window_end == pytest.approx(1.01 + RESET_MARGIN)


@pytest.mark.parametrize("reset_in", [0.0, -3.0])
def test_a_reset_now_or_past_is_ignored_and_the_window_length_is_assumed(reset_in: float) -> None:
    pace = core()
    slot = pace.reserve(10.0)
    ok(pace, slot, 10.01, limit=2, remaining=1, reset_in=reset_in)
    assert pace.reserve(10.02).at == 10.02
    assert pace.reserve(10.03).at == pytest.approx(11.0)  # one default window after its start


def test_window_length_is_learned_from_the_first_answer() -> None:
    pace = core()
    slot = pace.reserve(0.0)
    ok(pace, slot, 0.01, limit=2, remaining=1, reset_in=60.0)
    assert pace.window_length == pytest.approx(60.01 + RESET_MARGIN)


def test_a_budget_past_max_wait_does_not_hang() -> None:
    pace = core(max_wait=5.0)
    slot = pace.reserve(0.0)
    ok(pace, slot, 0.0, limit=1, remaining=0, reset_in=3600.0)  # an hourly quota, spent
    assert pace.reserve(1.0).at == 1.0  # goes at once: the server's 429 will tell the caller


# --------------------------------------------------------------------------- 429s


def test_429_pauses_every_sender_until_the_reset_with_jitter() -> None:
    pace = core(jitter=lambda: 1.0)  # the most jitter: +10%
    a, b = pace.reserve(0.0), pace.reserve(0.0)
    ok(pace, a, 0.1, status=429, limit=3, remaining=0, reset_in=2.0, asked=2.0)
    assert pace.paused_until == pytest.approx(0.1 + 2.0 * 1.1)
    assert pace.reserve(0.2).at == pytest.approx(2.3)
    # The other one, in flight when the pause began, waits too and does not lengthen it.
    ok(pace, b, 0.15, status=429, limit=3, remaining=0, reset_in=2.0, asked=2.0)
    assert pace.paused_until == pytest.approx(2.3) and pace.streak == 1


def observed(headers: dict[str, str], *, status: int = 429) -> PaceCore:
    """A pacer's core after one answer, read through the retry policy as the client does."""
    policy = np6.RetryPolicy(jitter=lambda: 0.0, now=lambda: 1.8e9)
    pacer = pacer_for(policy, pacing=True, max_requests_per_second=None)
    assert pacer is not None
    pacer.clock = lambda: 0.0
    response = httpx.Response(status, headers=headers)
    pacer.observe(pacer.core.reserve(0.0), response, RateLimit.from_headers(response.headers))
    return pacer.core


def test_retry_after_wins_over_reset_on_a_429() -> None:
    pace = observed({"Retry-After": "4", "X-RateLimit-Reset": "30"})
    assert pace.paused_until == pytest.approx(4.0)


@pytest.mark.parametrize(
    ("header", "value"),
    [("Retry-After", v) for v in ("0", "-5", "nan", "inf", "soon")]
    + [("X-RateLimit-Reset", v) for v in ("0", "-3", "NaN", "1700000000", "1700000000000")],
)
def test_429_without_a_usable_wait_backs_off(header: str, value: str) -> None:
    # The retry policy's first backoff (0.5 s without jitter), as when nothing was said.
    assert observed({header: value}).paused_until == pytest.approx(0.5)


def test_429s_in_a_row_back_off_from_the_floor() -> None:
    pace = core(floor=0.1)
    now = 0.0
    pauses = []
    for _ in range(4):  # each retry sent after the previous pause, and refused again
        slot = pace.reserve(now)
        now = slot.at
        ok(pace, slot, now, status=429, reset_in=None)
        pauses.append(round(pace.paused_until - now, 3))
    assert pauses == [0.1, 0.2, 0.4, 0.8]
    ok(pace, pace.reserve(pace.paused_until), pace.paused_until)  # a success ends the streak
    assert pace.streak == 0


@pytest.mark.parametrize("reset", ["0.8", "1800000000800"])
def test_window_end_from_a_fractional_or_epoch_ms_reset(reset: str) -> None:
    pacer = Pacer(core(), np6.RetryPolicy(now=lambda: 1.8e9), clock=lambda: 0.0)
    headers = {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "4", "X-RateLimit-Reset": reset}
    response = httpx.Response(200, headers=headers)
    pacer.observe(pacer.core.reserve(0.0), response, RateLimit.from_headers(response.headers))
    assert pacer.core.window_end == pytest.approx(0.8 + RESET_MARGIN)


def test_429_asking_past_max_wait_does_not_pause_everyone() -> None:
    pace = core(max_wait=60.0)
    ok(pace, pace.reserve(0.0), 0.0, status=429, asked=3600.0)
    assert pace.reserve(0.0).at == 0.0


def test_a_sender_asleep_when_a_429_arrives_gets_a_new_slot_once() -> None:
    pace = core()
    sleeper = pace.reserve(0.0)
    ok(pace, sleeper, 0.0, limit=1, remaining=0, reset_in=1.0)
    late = pace.reserve(0.0)  # asleep until the window closes (1.005)
    assert pace.recheck(late, late.at) is None  # nothing happened meanwhile: go
    ok(pace, sleeper, 0.5, status=429, asked=3.0)
    again = pace.recheck(late, late.at)
    assert again is not None and again.at == pytest.approx(3.5)
    assert pace.recheck(again, again.at) is None  # the same pause is waited for only once


# --------------------------------------------------------------------------- options


def test_max_per_second_spaces_requests() -> None:
    pace = core(max_per_second=4)
    assert [pace.reserve(0.0).at for _ in range(4)] == [0.0, 0.25, 0.5, 0.75]
    assert pace.reserve(10.0).at == 10.0


def test_pacing_off_ignores_headers_and_429s_but_keeps_max_per_second() -> None:
    pace = core(adaptive=False, max_per_second=2)
    slot = pace.reserve(0.0)
    ok(pace, slot, 0.0, limit=1, remaining=0, reset_in=30.0)
    ok(pace, slot, 0.0, status=429, asked=30.0)
    assert [pace.reserve(0.0).at for _ in range(2)] == [0.5, 1.0]


@pytest.mark.parametrize("rate", [0, -1.0])
def test_max_per_second_must_be_positive(rate: float) -> None:
    with pytest.raises(ValueError, match="max_requests_per_second"):
        PaceCore(max_per_second=rate)


# --------------------------------------------------------------------------- threads and tasks


class FakeTime:
    """A clock that only moves when someone sleeps: to the end of that sleep, counted from when
    the sleeper last read the clock (so threads sleeping at once do not add up their sleeps)."""

    def __init__(self) -> None:
        self.now = 0.0
        self._lock = threading.Lock()
        self._read = threading.local()

    def __call__(self) -> float:
        self._read.at = self.now
        return self.now

    # The rest of `np6._client.Clock`, so that a client runs on it with `client._use_clock`.
    def monotonic(self) -> float:
        return self()

    def time(self) -> float:
        return EPOCH + self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.now = max(self.now, getattr(self._read, "at", self.now) + seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def learned(clock: FakeTime, limit: int) -> Pacer:
    pacer = Pacer(core(), np6.RetryPolicy(), clock=clock)
    pacer.core.observe(
        pacer.core.reserve(0.0), 0.0, status=200, limit=limit, remaining=limit - 1, reset_in=1.0
    )
    return pacer


def per_window(slots: list[Slot]) -> Counter[int]:
    return Counter(s.generation for s in slots)


def test_threads_share_one_budget() -> None:
    clock = FakeTime()
    pacer = learned(clock, limit=10)
    slots: list[Slot] = []

    def sender() -> None:
        for _ in range(25):
            slots.append(pacer.wait(lambda s: None))  # nobody sleeps: all reserve at t=0

    threads = [threading.Thread(target=sender) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    counts = per_window(slots)
    assert sum(counts.values()) == 200
    assert max(counts.values()) <= 10  # never more than the limit in one window
    first_window = min(counts)
    assert counts[first_window] == 9  # the learning request used the tenth
    # Each later window starts one window length after the previous one.
    starts = sorted({s.at for s in slots})
    assert all(b - a == pytest.approx(1.0 + RESET_MARGIN) for a, b in itertools.pairwise(starts))


async def test_tasks_share_one_budget() -> None:
    clock = FakeTime()
    pacer = learned(clock, limit=10)
    slots: list[Slot] = []

    async def sender() -> None:
        for _ in range(5):
            slots.append(await pacer.await_turn(clock.async_sleep))
            await asyncio.sleep(0)

    await asyncio.gather(*(sender() for _ in range(8)))
    assert sum(per_window(slots).values()) == 40
    assert max(per_window(slots).values()) <= 10
    assert clock.now >= 3.0  # 40 requests at 10 per window: at least three resets waited for


def test_a_429_wakes_nobody_early() -> None:
    clock = FakeTime()
    pacer = Pacer(core(), np6.RetryPolicy(), clock=clock)
    first = pacer.wait(clock.sleep)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 1:  # while this sender sleeps, another one gets a 429
            pacer.core.observe(
                first, clock(), status=429, limit=1, remaining=0, reset_in=2.0, asked=2.0
            )
        clock.sleep(seconds)

    pacer.core.observe(first, 0.0, status=200, limit=1, remaining=0, reset_in=1.0)
    slot = pacer.wait(sleep)
    assert slot.at == pytest.approx(2.0) and clock.now == pytest.approx(2.0)


# --------------------------------------------------------------------------- in the clients

KEY = "test-key"
EPOCH = 1.8e9


def paced_fake(clock: FakeTime, reset: str, limit: int) -> tuple[FakeNP6, int, RateLimitWindow]:
    fake = FakeNP6(KEY, validate=False)
    window = fake.faults.rate_limit_window(limit, reset=reset)  # type: ignore[arg-type]
    window.clock, window.wall = clock.monotonic, clock.time
    return fake, fake.add_segment(), window


@pytest.mark.parametrize("reset", ["delta", "epoch"])
@pytest.mark.parametrize("concurrency", [1, 4])
def test_add_targets_spends_the_window_without_a_429(reset: str, concurrency: int) -> None:
    clock = FakeTime()
    fake, seg, window = paced_fake(clock, reset, limit=5)
    http = httpx.Client(transport=fake.transport())
    client = np6.Client(api_key=KEY, http_client=http, pacing=True)
    with client:
        client._use_clock(clock)
        ids = [f"T{i}" for i in range(50 * 23)]  # 23 requests: 5 windows
        result = client.segments.add_targets(seg, ids, concurrency=concurrency)
    assert result.ok and result.added == len(ids)
    assert window.refused == 0 and window.admitted == 23
    assert 4.0 <= clock.now <= 4.0 + 5 * 0.05  # 5 windows: 4 resets waited for, no more


@pytest.mark.parametrize("reset", ["delta", "epoch"])
async def test_async_tasks_share_the_window(reset: str) -> None:
    clock = FakeTime()
    fake, seg, window = paced_fake(clock, reset, limit=5)
    http = httpx.AsyncClient(transport=fake.transport())
    async with np6.AsyncClient(api_key=KEY, http_client=http, pacing=True) as client:
        client._use_clock(clock)
        ids = [f"T{i}" for i in range(50 * 23)]
        result = await client.segments.add_targets(seg, ids, concurrency=8)
    assert result.ok and result.added == len(ids)
    assert window.refused == 0 and window.admitted == 23


def test_without_pacing_every_worker_hits_the_limit() -> None:
    # The same job with pacing off: the regression pacing fixes (one 429 per window and worker).
    clock = FakeTime()
    fake, seg, window = paced_fake(clock, "delta", limit=5)
    http = httpx.Client(transport=fake.transport())
    with np6.Client(api_key=KEY, http_client=http, pacing=False) as client:
        client._use_clock(clock)
        result = client.segments.add_targets(seg, [f"T{i}" for i in range(50 * 23)])
    assert result.ok
    assert window.refused >= 4


def test_a_429_pauses_the_next_call_too() -> None:
    answers = iter([httpx.Response(429, headers={"X-RateLimit-Reset": "2"})])

    def answer(request: httpx.Request) -> httpx.Response:
        return next(answers, httpx.Response(204))

    clock = FakeTime()
    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = np6.Client(api_key=KEY, http_client=http, max_retries=0, pacing=True)
    client._use_clock(clock)
    with pytest.raises(np6.RateLimitError):
        client.targets.delete("000T1")  # no retries: the caller gets the 429 at once
    client.targets.delete("000T1")  # ...and the next call waits for the reset
    assert 2.0 <= clock.now <= 2.2


def test_copies_share_one_pacer_and_options_are_checked() -> None:
    client = np6.Client(api_key=KEY, pacing=True)
    assert client.with_options(timeout=5)._pacer is client._pacer is not None
    assert np6.Client(api_key=KEY, pacing=False)._pacer is None
    spaced = np6.Client(api_key=KEY, pacing=False, max_requests_per_second=20)
    assert spaced._pacer is not None and spaced._pacer.core.spacing == 0.05
    with pytest.raises(ValueError, match="max_requests_per_second"):
        np6.Client(api_key=KEY, max_requests_per_second=0)
    with pytest.raises(TypeError, match="max_requests_per_second"):
        np6.Client(api_key=KEY, max_requests_per_second="50")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="pacing"):
        np6.AsyncClient(api_key=KEY, pacing="yes")  # type: ignore[arg-type]


def test_max_requests_per_second_spaces_calls() -> None:
    clock = FakeTime()
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(204)))
    client = np6.Client(api_key=KEY, http_client=http, max_requests_per_second=4)
    client._use_clock(clock)
    for _ in range(5):
        client.targets.delete("000T1")
    assert clock.now == pytest.approx(1.0)


def test_rate_limit_headers_are_read_in_any_case_first_value_wins() -> None:
    headers = httpx.Headers(
        [
            ("X-RATELIMIT-LIMIT", "50"),
            ("x-ratelimit-remaining", "oops"),
            ("X-RateLimit-Reset", "1.5"),
            ("X-RateLimit-Limit", "99"),
        ]
    )
    assert RateLimit.from_headers(headers) == RateLimit(limit=50, remaining=None, reset="1.5")
    assert RateLimit.from_headers(httpx.Headers({"X-RateLimit-Reset": "1"})) is None
    assert RateLimit.from_headers(httpx.Headers({"X-RateLimit-Remaining": "0"})) == RateLimit(
        limit=None, remaining=0, reset=None
    )
