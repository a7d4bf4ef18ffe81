"""`np6.Client` and `np6.AsyncClient`: configuration and the send loop, once.

`BaseClient` holds everything that does no I/O; the two clients add only their send loop (a few
lines each, decisions in `np6._exchange.Exchange`) and `close`.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import time
from collections.abc import Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

import httpx

from . import _stop
from ._body import FileBody, is_file
from ._errors import NP6Error, invalid_response, strict_json
from ._exchange import Exchange
from ._openapi import HTTP_METHODS
from ._pacing import Slot, pacer_for
from ._retry import RateLimit, RetryPolicy
from ._validate import check_base_url, check_path
from ._version import __version__

if TYPE_CHECKING:
    import np6_api
    from np6_api.bindings.applications import Applications
    from np6_api.bindings.campaigns import Campaigns
    from np6_api.bindings.categories import Categories
    from np6_api.bindings.compilables import Compilables
    from np6_api.bindings.displays import Displays
    from np6_api.bindings.fields import Fields
    from np6_api.bindings.marketing_pressure import MarketingPressure
    from np6_api.bindings.notifications import Notifications
    from np6_api.bindings.value_lists import ValueLists
    from np6_api.bindings.webtasks import Webtasks
    from np6_api.bindings.workflows import Workflows

    from ._operation import Operation
    from .resources.actions import Actions
    from .resources.archives import Archives
    from .resources.imports import Imports
    from .resources.segments import Segments
    from .resources.subscriptions import Subscriptions
    from .resources.targets import Targets

DEFAULT_BASE_URL = "https://api-cm.np6.com"
DEFAULT_TIMEOUT = 30.0
API_KEY_ENV = "NP6_API_KEY"
BASE_URL_ENV = "NP6_BASE_URL"
# What client.request accepts: the methods an OpenAPI path item can hold.
METHODS = frozenset(m.upper() for m in HTTP_METHODS)

C = TypeVar("C", bound="BaseClient[Any]")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)
R = TypeVar("R")


class _NotGiven:
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Any = _NotGiven()


class Clock(Protocol):
    """A time source a client can run on instead of the real one (np6.testing's `FakeClock`)."""

    def sleep(self, seconds: float) -> None: ...
    async def async_sleep(self, seconds: float) -> None: ...
    def monotonic(self) -> float: ...
    def time(self) -> float: ...


class BaseClient(Generic[H]):
    """What the sync and async clients share: configuration and every decision that does no I/O."""

    is_async: bool
    _http_type: type[H]
    _http: H
    _sleep: Callable[[float], Any]  # every wait: retries, pacing, polling (a coroutine if async)
    _monotonic: Callable[[], float] = staticmethod(time.monotonic)  # what times those waits

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        retry_policy: RetryPolicy | None = None,
        http_client: H | None = None,
        allow_insecure_http: bool = False,
        pacing: bool = True,
        max_requests_per_second: float | None = None,
    ) -> None:
        """A client for one NP6 account.

        api_key: the `X-Key`; default `NP6_API_KEY` from the environment.
        base_url: default `NP6_BASE_URL`, else https://api-cm.np6.com. Plain http only to a
            loopback host unless `allow_insecure_http=True`.
        timeout: seconds (or an `httpx.Timeout`) per request.
        max_retries: retries of 429s, 502/503/504 and broken connections (idempotent methods);
            0 turns them off. `retry_policy` sets waits and more.
        http_client: your own `httpx.Client` / `httpx.AsyncClient` (proxies, transports); np6
            does not close it.
        pacing: spend the rate limit announced by `X-RateLimit-*` headers, shared by every
            thread and task of this client, and pause all of them on a 429 (default on).
        max_requests_per_second: space requests by at least 1 / this, paced or not.
        """
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key:
            raise NP6Error(
                f"No NP6 API key: pass api_key=... to the client or set the {API_KEY_ENV} "
                "environment variable."
            )
        if not isinstance(key, str) or not key.isascii() or not key.isprintable() or " " in key:
            raise NP6Error(
                "The NP6 API key must be a string of visible ASCII characters "
                "(no spaces, control characters or accents)."
            )
        self.base_url = check_base_url(
            base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
            allow_insecure_http=allow_insecure_http,
        )
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        # One per client, shared by its `with_options` copies, every thread and every task.
        self._pacer = pacer_for(
            self.retry_policy, pacing=pacing, max_requests_per_second=max_requests_per_second
        )
        self._rate_limit: RateLimit | None = None
        self._headers = {"X-Key": key, "User-Agent": f"np6-python/{__version__}"}
        if http_client is not None and not isinstance(http_client, self._http_type):
            other = "AsyncClient" if self.is_async else "Client"
            raise TypeError(
                f"http_client must be an httpx.{self._http_type.__name__} (use np6.{other})"
            )
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else self._http_type(timeout=self.timeout)
        )

    def __repr__(self) -> str:
        # Never show the key.
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, "
            f"max_retries={self.retry_policy.max_retries})"
        )

    @property
    def max_retries(self) -> int:
        return self.retry_policy.max_retries

    @property
    def rate_limit(self) -> RateLimit | None:
        """Rate-limit headers of the last response that carried them."""
        return self._rate_limit

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout = NOT_GIVEN,
        max_retries: int = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with other defaults that shares this one's connection pool (and key).

        >>> client.with_options(timeout=120, max_retries=0).imports.upload(7, data)

        Closing it does not close the pool: the client it came from owns it.
        """
        clone = copy.copy(self)
        for klass in type(self).__mro__:  # resources (cached) are bound to their client
            for name, value in vars(klass).items():
                if isinstance(value, cached_property) and name != "_raw":
                    clone.__dict__.pop(name, None)
        clone._owns_http = False
        if timeout is not NOT_GIVEN:
            clone.timeout = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        if max_retries is not NOT_GIVEN:
            clone.retry_policy = dataclasses.replace(self.retry_policy, max_retries=max_retries)
        if headers:
            clone._headers = {**self._headers, **_checked_headers(headers)}
        return clone

    @cached_property
    def _raw(self) -> np6_api.Client:
        # Generated parsers only read `raise_on_unexpected_status` from it.
        from np6_api.client import Client as RawClient

        return RawClient(base_url=self.base_url, raise_on_unexpected_status=True)

    def _build(
        self, op: Operation[Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> httpx.Request:
        spec = op.request(*args, **kwargs)
        return self._request(spec.pop("method"), spec.pop("url"), **spec)

    def _request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: Any = None,
        **rest: Any,
    ) -> httpx.Request:
        """The request for `path` under the base URL, with the key; nothing is sent."""
        check_path(path)
        body = FileBody(content) if is_file(content) else None
        request = self._http.build_request(
            method,
            self.base_url + path,
            headers={**self._headers, **headers} if headers else self._headers,
            content=body if body is not None else content,
            timeout=self.timeout,
            **rest,
        )
        if body is not None:
            body.attach(request)
        return request

    def _escape_hatch(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        json: Any,
        content: Any,
        headers: Mapping[str, str] | None,
    ) -> httpx.Request:
        if not isinstance(method, str) or method.upper() not in METHODS:
            raise ValueError(f"method must be one of {', '.join(sorted(METHODS))}: {method!r}")
        if json is not None and content is not None:
            raise ValueError("pass json= or content=, not both")
        return self._request(
            method.upper(),
            path,
            params=params,
            json=json,
            content=content,
            headers=_checked_headers(headers) if headers else None,
        )

    def _parse(self, op: Operation[Any, R], response: httpx.Response) -> R:
        try:
            return op.parse(client=self._raw, response=_strict(response))
        except Exception as exc:  # whatever a generated parser raises on a bad body
            raise invalid_response(op.name, response, exc) from exc

    def _json(self, response: httpx.Response) -> Any:
        try:
            return strict_json(response.content) if response.content else None
        except Exception as exc:
            raise invalid_response("client.request", response, exc) from exc

    @property
    def _paces(self) -> bool:
        """Whether the pacer, not the retry loop, waits out a 429 (for every sender)."""
        return self._pacer is not None and self._pacer.core.adaptive

    def _use_clock(self, clock: Clock) -> None:
        """Run on `clock` instead of real time: every sleep, the pacer's monotonic time, and the
        wall clock that epoch `X-RateLimit-Reset` values are read against (one source, or a
        pacer that sleeps on one clock and reads another waits twice)."""
        self.retry_policy = dataclasses.replace(self.retry_policy, now=clock.time)
        if self._pacer is not None:  # shared with the `with_options` copies, as the clock is
            self._pacer.clock, self._pacer.policy = clock.monotonic, self.retry_policy
        self._sleep = clock.async_sleep if self.is_async else clock.sleep
        self._monotonic = clock.monotonic

    def _observe(self, response: httpx.Response, slot: Slot | None) -> None:
        """Called on every answer: record rate-limit headers, teach the pacer."""
        limits = RateLimit.from_headers(response.headers)
        if limits is not None:
            self._rate_limit = limits
        if self._pacer is not None and slot is not None:
            self._pacer.observe(slot, response, limits)

    # Resources: created on first use, so that `import np6` stays cheap.
    @cached_property
    def actions(self: C) -> Actions[C]:
        from .resources.actions import Actions

        return Actions(self)

    @cached_property
    def applications(self: C) -> Applications[C]:
        from np6_api.bindings.applications import Applications

        return Applications(self)

    @cached_property
    def archives(self: C) -> Archives[C]:
        from .resources.archives import Archives

        return Archives(self)

    @cached_property
    def campaigns(self: C) -> Campaigns[C]:
        from np6_api.bindings.campaigns import Campaigns

        return Campaigns(self)

    @cached_property
    def categories(self: C) -> Categories[C]:
        from np6_api.bindings.categories import Categories

        return Categories(self)

    @cached_property
    def compilables(self: C) -> Compilables[C]:
        from np6_api.bindings.compilables import Compilables

        return Compilables(self)

    @cached_property
    def displays(self: C) -> Displays[C]:
        from np6_api.bindings.displays import Displays

        return Displays(self)

    @cached_property
    def fields(self: C) -> Fields[C]:
        from np6_api.bindings.fields import Fields

        return Fields(self)

    @cached_property
    def imports(self: C) -> Imports[C]:
        from .resources.imports import Imports

        return Imports(self)

    @cached_property
    def marketing_pressure(self: C) -> MarketingPressure[C]:
        from np6_api.bindings.marketing_pressure import MarketingPressure

        return MarketingPressure(self)

    @cached_property
    def notifications(self: C) -> Notifications[C]:
        from np6_api.bindings.notifications import Notifications

        return Notifications(self)

    @cached_property
    def segments(self: C) -> Segments[C]:
        from .resources.segments import Segments

        return Segments(self)

    @cached_property
    def subscriptions(self: C) -> Subscriptions[C]:
        from .resources.subscriptions import Subscriptions

        return Subscriptions(self)

    @cached_property
    def targets(self: C) -> Targets[C]:
        from .resources.targets import Targets

        return Targets(self)

    @cached_property
    def value_lists(self: C) -> ValueLists[C]:
        from np6_api.bindings.value_lists import ValueLists

        return ValueLists(self)

    @cached_property
    def webtasks(self: C) -> Webtasks[C]:
        from np6_api.bindings.webtasks import Webtasks

        return Webtasks(self)

    @cached_property
    def workflows(self: C) -> Workflows[C]:
        from np6_api.bindings.workflows import Workflows

        return Workflows(self)


def _checked_headers(headers: Mapping[str, str]) -> dict[str, str]:
    out = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError(f"header names and values must be str: {name!r}")
        if name.lower() == "x-key":
            raise ValueError("the key is set by api_key=..., not by a header")
        if not (name + value).isascii() or not (name + value).isprintable():
            raise ValueError(f"header {name!r} must be visible ASCII characters")
        out[name] = value
    return out


def _strict(response: httpx.Response) -> httpx.Response:
    """`response`, whose `json()` (what generated parsers call) refuses NaN and infinities."""
    response.json = lambda **_: strict_json(response.content)  # type: ignore[method-assign]
    return response


class Client(BaseClient[httpx.Client]):
    """Synchronous NP6 client. Use it as a context manager, or call `close()`."""

    is_async = False
    _http_type = httpx.Client

    def _call(self, op: Operation[Any, R], /, *args: Any, **kwargs: Any) -> R:
        return self._parse(op, self._send(self._build(op, args, kwargs)))

    def _send(self, request: httpx.Request) -> httpx.Response:
        exchange = Exchange(self, request)
        wait: float | None
        while True:
            if self._pacer is not None:
                exchange.slot = self._pacer.wait(self._sleep)
            try:
                response = self._http.send(
                    exchange.before_send(), stream=True, follow_redirects=False
                )
                try:
                    response.read()
                finally:
                    response.close()
            except httpx.HTTPError as exc:
                wait = exchange.after_error(exc)
            else:
                wait = exchange.after_response(response)
                if wait is None:
                    return exchange.finish(response)
            if wait:
                self._sleep(wait)

    def _sleep(self, seconds: float) -> None:
        _stop.sleep(seconds)  # time.sleep, cut short when the call's batch job stops

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        raw: bool = False,
    ) -> Any:
        """Any NP6 endpoint, even one missing from the spec: `path` is under the base URL.

        Same key, retries, redirect policy, errors and path checks as the operations. Returns the
        parsed JSON (None for an empty body), or the `httpx.Response` with `raw=True`.
        """
        request = self._escape_hatch(method, path, params, json, content, headers)
        response = self._send(request)
        return response if raw else self._json(response)

    def close(self) -> None:
        """Close the connection pool (only if np6 created it)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(BaseClient[httpx.AsyncClient]):
    """Asynchronous NP6 client: the same surface as `Client`, every operation awaitable."""

    is_async = True
    _http_type = httpx.AsyncClient

    async def _call(self, op: Operation[Any, R], /, *args: Any, **kwargs: Any) -> R:
        return self._parse(op, await self._send(self._build(op, args, kwargs)))

    async def _send(self, request: httpx.Request) -> httpx.Response:
        exchange = Exchange(self, request)
        wait: float | None
        while True:
            if self._pacer is not None:
                exchange.slot = await self._pacer.await_turn(self._sleep)
            try:
                response = await self._http.send(
                    exchange.before_send(), stream=True, follow_redirects=False
                )
                try:
                    await response.aread()
                finally:
                    await response.aclose()
            except httpx.HTTPError as exc:
                wait = exchange.after_error(exc)
            else:
                wait = exchange.after_response(response)
                if wait is None:
                    return exchange.finish(response)
            if wait:
                await self._sleep(wait)

    async def _sleep(self, seconds: float) -> None:
        await _stop.asleep(seconds)  # asyncio.sleep, cut short when the call's batch job stops

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: Any = None,
        headers: Mapping[str, str] | None = None,
        raw: bool = False,
    ) -> Any:
        """Any NP6 endpoint, even one missing from the spec (see `Client.request`)."""
        request = self._escape_hatch(method, path, params, json, content, headers)
        response = await self._send(request)
        return response if raw else self._json(response)

    async def close(self) -> None:
        """Close the connection pool (only if np6 created it)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
