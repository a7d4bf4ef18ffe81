"""np6.testing's rate-limit window: budget, both Reset styles, the fake answering with it."""

from __future__ import annotations

import httpx
import pytest

from np6.testing import FakeNP6
from np6.testing._ratelimit import RateLimitWindow

KEY = "test-key"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_window_admits_limit_then_refuses_until_it_closes() -> None:
    clock = Clock()
    window = RateLimitWindow(3, window=1.0, clock=clock)
    assert [window.count() for _ in range(3)] == [(2, 1, False), (1, 1, False), (0, 1, False)]
    clock.now += 0.4
    assert window.count() == (0, 1, True)  # refused: 0.6 s left, shown as a whole second
    assert (window.admitted, window.refused) == (3, 1)
    clock.now += 0.6  # the window closes; the next request opens a new one
    assert window.count() == (2, 1, False)


def test_delta_reset_rounds_up_to_whole_seconds() -> None:
    clock = Clock()
    window = RateLimitWindow(10, window=2.5, clock=clock)
    assert window.count().reset == 3
    clock.now += 1.6
    assert window.count().reset == 1  # 0.9 s left: never 0 while open


def test_epoch_reset_is_the_closing_instant_in_milliseconds() -> None:
    clock = Clock()
    window = RateLimitWindow(10, window=1.0, reset="epoch", clock=clock, wall=lambda: 1.8e9)
    assert window.count().reset == 1_800_000_001_000
    clock.now += 0.25
    assert window.count().reset == 1_800_000_000_750  # the wall clock did not move: 0.75 s left


def test_refused_requests_do_not_use_the_budget() -> None:
    clock = Clock()
    window = RateLimitWindow(1, clock=clock)
    assert not window.count().over
    assert all(window.count().over for _ in range(5))
    clock.now += 1.0
    assert window.count() == (0, 1, False)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 1.5}, "limit"),
        ({"limit": 2, "window": 0}, "window"),
        ({"limit": 2, "reset": "ms"}, "reset"),
    ],
)
def test_window_rejects_bad_settings(bad: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RateLimitWindow(**bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("reset", ["delta", "epoch"])
def test_fake_answers_429_past_the_window_and_headers_otherwise(reset: str) -> None:
    fake = FakeNP6(KEY)
    seg = fake.add_segment()
    window = fake.faults.rate_limit_window(limit=2, window=60.0, reset=reset)  # type: ignore[arg-type]
    with httpx.Client(transport=fake.transport(), base_url="https://api-cm.np6.com") as http:
        answers = [
            http.put(f"/segments/{seg}/targets", json=[f"T{i}"], headers={"X-Key": KEY})
            for i in range(3)
        ]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert [a.headers["x-ratelimit-remaining"] for a in answers] == ["1", "0", "0"]
    assert {a.headers["x-ratelimit-limit"] for a in answers} == {"2"}
    resets = [float(a.headers["x-ratelimit-reset"]) for a in answers]
    if reset == "delta":
        assert resets == [60, 60, 60]
    else:
        assert all(r > 1e12 for r in resets)  # epoch milliseconds
    assert fake.segment_targets(seg) == ["T0", "T1"]  # the refused request did not run
    assert (window.admitted, window.refused) == (2, 1)
    fake.faults.clear()  # back to the default, unenforced quota
    with httpx.Client(transport=fake.transport(), base_url="https://api-cm.np6.com") as http:
        again = http.put(f"/segments/{seg}/targets", json=["T9"], headers={"X-Key": KEY})
    assert again.status_code == 200
