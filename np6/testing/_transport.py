"""A `Handler` as an httpx transport: one object for `httpx.Client` and `httpx.AsyncClient`."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from ._messages import Handler, Reply


class FakeTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Calls `handler.handle` in-process (usually a `FakeNP6`). Latency sleeps the thread on the
    sync path and yields to the event loop on the async one, so concurrent async calls overlap."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._handle(request, request.read())
        if reply.delay:
            time.sleep(reply.delay)
        return _response(request, reply)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = self._handle(request, await request.aread())
        if reply.delay:
            await asyncio.sleep(reply.delay)
        return _response(request, reply)

    def _handle(self, request: httpx.Request, body: bytes) -> Reply:
        return self.handler.handle(
            request.method, request.url.raw_path.decode("ascii"), request.headers, body
        )


def _response(request: httpx.Request, reply: Reply) -> httpx.Response:
    return httpx.Response(reply.status, headers=reply.headers, content=reply.body, request=request)
