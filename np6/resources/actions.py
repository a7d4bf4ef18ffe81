"""Email & SMS: `client.actions`, plus `wait_for_test`, the polling loop NP6's examples hand-roll.

After a test request (`actions.validate(id, body={"fortest": True, ...})`) NP6's example scripts
poll the action every 20 s until its state is 38 (tested), 20 (test failed) or 10 (error); see
cookbook-facts.md, "Action states".
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, cast, overload

from np6_api.bindings import actions as generated

from .._errors import NP6Error
from .._operation import C

if TYPE_CHECKING:
    from np6_api.models.action_response import ActionResponse

    from .._client import AsyncClient, Client

TESTED, TEST_FAILED, ERROR = 38, 20, 10


class ActionTestError(NP6Error):
    """The test ended in state 20 (test failed) or 10 (error); `action` is the last read."""

    def __init__(self, message: str, action: ActionResponse) -> None:
        super().__init__(message)
        self.action = action


class ActionTestTimeout(NP6Error):
    """The action did not reach a final test state in time; `action` is its last read."""

    def __init__(self, message: str, action: ActionResponse) -> None:
        super().__init__(message)
        self.action = action


def _state(action: ActionResponse) -> int | None:
    informations = action.informations
    state = getattr(informations, "state", None)
    return int(state) if isinstance(state, int) else None


def _verdict(
    action: ActionResponse, action_id: str, started: float, now: float, timeout: float
) -> bool:
    """True when the test is over and passed; raises on failure or timeout; False to poll again."""
    state = _state(action)
    if state == TESTED:
        return True
    if state in (TEST_FAILED, ERROR):
        what = "the test failed" if state == TEST_FAILED else "NP6 reports an error"
        raise ActionTestError(f"action {action_id}: {what} (state {state})", action)
    if now - started >= timeout:
        raise ActionTestTimeout(
            f"action {action_id}: still in state {state} after {timeout:g} s", action
        )
    return False


class Actions(generated.Actions[C]):
    """Marketing actions (email and SMS messages)."""

    @overload
    def wait_for_test(
        self: Actions[Client],
        action_id: str,
        *,
        poll: float = 20.0,
        timeout: float = 1800.0,
        clock: Callable[[], float] | None = None,
    ) -> ActionResponse: ...
    @overload
    def wait_for_test(
        self: Actions[AsyncClient],
        action_id: str,
        *,
        poll: float = 20.0,
        timeout: float = 1800.0,
        clock: Callable[[], float] | None = None,
    ) -> Coroutine[Any, Any, ActionResponse]: ...
    def wait_for_test(
        self,
        action_id: str,
        *,
        poll: float = 20.0,
        timeout: float = 1800.0,
        clock: Callable[[], float] | None = None,
    ) -> ActionResponse | Coroutine[Any, Any, ActionResponse]:
        """Poll the action every `poll` seconds until its test is over; return the tested action.

        Raises `ActionTestError` on state 20 (test failed) or 10 (error) and `ActionTestTimeout`
        after `timeout` seconds. Waits go through the client's sleep, so cancelling the task (or
        interrupting the thread) stops the loop at once. `clock` (monotonic seconds) times the
        timeout; by default the client's own, which is the fake's clock on `np6.testing` clients.
        """
        if poll <= 0 or timeout <= 0:
            raise ValueError("poll and timeout must be positive")
        client: Any = self._client
        clock = clock or client._monotonic
        get: Any = cast(Any, self).get  # sync or async: typed by the overloads above
        if client.is_async:
            return self._await_test(get, client, action_id, poll, timeout, clock)
        started = clock()
        while True:
            action = get(action_id)
            if _verdict(action, action_id, started, clock(), timeout):
                return action  # type: ignore[no-any-return]
            client._sleep(poll)

    async def _await_test(
        self,
        get: Any,
        client: Any,
        action_id: str,
        poll: float,
        limit: float,
        clock: Callable[[], float],
    ) -> ActionResponse:
        started = clock()
        while True:
            action = await get(action_id)
            if _verdict(action, action_id, started, clock(), limit):
                return action  # type: ignore[no-any-return]
            await client._sleep(poll)
