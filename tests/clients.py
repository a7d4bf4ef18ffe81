"""One harness for both clients: the same test drives `np6.Client` and `np6.AsyncClient`."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import np6

from .conftest import Recorder

KEY = "sk-live-very-secret-0123"
Answer = Callable[[httpx.Request], httpx.Response]
ARCHIVE = [
    {
        "id": "a1",
        "action": "00000A",
        "target": "000T1",
        "sendingDate": "2026-02-05T09:27:58Z",
        "expiresOn": "2027-02-05T09:27:58Z",
    }
]


def archives_ok() -> httpx.Response:
    return httpx.Response(
        200, json=ARCHIVE, headers={"Content-Type": "application/vnd.np6.cm.mail.archive"}
    )


def sequence(*responses: httpx.Response | Exception) -> Answer:
    """Answers in order (fresh copies: a table can be shared); the last one repeats."""
    items = list(responses)

    def answer(request: httpx.Request) -> httpx.Response:
        item = items.pop(0) if len(items) > 1 else items[0]
        if isinstance(item, Exception):
            raise item
        return httpx.Response(item.status_code, headers=item.headers, content=item.content)

    return answer


class Harness:
    """A client of one kind over an httpx MockTransport, with recorded requests and waits."""

    def __init__(
        self, kind: str, answer: Answer, http_options: dict[str, Any] | None = None, **options: Any
    ) -> None:
        self.kind = kind
        self.recorder = Recorder(answer)
        self.waits: list[float] = []
        transport = httpx.MockTransport(self.recorder)
        options.setdefault("api_key", KEY)
        if kind == "sync":
            self.client: Any = np6.Client(
                http_client=httpx.Client(transport=transport, **(http_options or {})), **options
            )
            self.client._sleep = self.waits.append
        else:
            self.client = np6.AsyncClient(
                http_client=httpx.AsyncClient(transport=transport, **(http_options or {})),
                **options,
            )

            async def sleep(seconds: float) -> None:
                self.waits.append(seconds)

            self.client._sleep = sleep
        if self.client._pacer is not None:  # frozen: a 429 pause is waited for in full, once
            self.client._pacer.clock = lambda: 0.0

    @property
    def requests(self) -> list[httpx.Request]:
        return self.recorder.requests

    def run(self, call: Callable[[Any], Any]) -> Any:
        """`call(client)`, awaited when the client is async."""
        result = call(self.client)
        if inspect.iscoroutine(result):
            return asyncio.run(result)
        return result


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)
