"""actions.wait_for_test: polls until state 38, raises on 20/10 and on timeout; no real sleep."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

import np6
from np6 import ActionTestError, ActionTestTimeout


def states_answer(states: list[int]) -> tuple[Iterator[int], httpx.MockTransport]:
    it = iter(states)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"id": "000PE4", "informations": {"state": next(it)}})

    return it, httpx.MockTransport(answer)


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def sync_client(states: list[int], t: FakeTime) -> np6.Client:
    _, transport = states_answer(states)
    client = np6.Client("k", http_client=httpx.Client(transport=transport))
    client._sleep = t.sleep  # type: ignore[method-assign]
    return client


def test_returns_the_tested_action() -> None:
    t = FakeTime()
    action = sync_client([30, 30, 38], t).actions.wait_for_test(
        "000PE4", poll=20, clock=lambda: t.now
    )
    assert action.informations.state == 38  # type: ignore[union-attr]
    assert t.sleeps == [20, 20]


@pytest.mark.parametrize("state", [20, 10])
def test_failed_test_or_error_raise(state: int) -> None:
    t = FakeTime()
    with pytest.raises(ActionTestError, match=f"state {state}") as caught:
        sync_client([30, state], t).actions.wait_for_test("000PE4", clock=lambda: t.now)
    assert caught.value.action.id == "000PE4"


def test_timeout() -> None:
    t = FakeTime()
    client = sync_client([30] * 10, t)
    with pytest.raises(ActionTestTimeout, match="after 50 s"):
        client.actions.wait_for_test("000PE4", poll=20, timeout=50, clock=lambda: t.now)
    assert t.sleeps == [20, 20, 20]


async def test_async() -> None:
    t = FakeTime()
    _, transport = states_answer([35, 38])
    async with np6.AsyncClient("k", http_client=httpx.AsyncClient(transport=transport)) as c:
        c._sleep = t.asleep  # type: ignore[method-assign]
        action = await c.actions.wait_for_test("000PE4", poll=5, clock=lambda: t.now)
    assert action.informations.state == np6_state_tested() and t.sleeps == [5]  # type: ignore[union-attr]


def np6_state_tested() -> int:
    from np6_api.models import ActionState

    return int(ActionState.TESTED)


def test_errors_are_exported_from_np6_without_loading_actions_at_import() -> None:
    code = (
        "import sys, np6; assert 'np6.resources.actions' not in sys.modules; "
        "assert issubclass(np6.ActionTestTimeout, np6.NP6Error); "
        "assert np6.ActionTestError.__module__ == 'np6.resources.actions'; "
        "assert {'ActionTestError', 'ActionTestTimeout'} <= set(np6.__all__)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
