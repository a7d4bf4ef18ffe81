"""`np6.Client` and `np6.AsyncClient`: configuration, sending, retries and error mapping, once."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Awaitable, Callable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidResponseError,
    NP6Error,
    excerpt,
    status_error,
)
from ._retry import RateLimit, RetryPolicy
from ._version import __version__

if TYPE_CHECKING:
    import np6_api

    from ._operation import Operation
    from .resources.actions import Actions
    from .resources.applications import Applications, MarketingPressure
    from .resources.archives import Archives
    from .resources.campaigns import Campaigns
    from .resources.fields import Fields, ValueLists
    from .resources.imports import Imports
    from .resources.notifications import Displays, Notifications
    from .resources.scripting import Compilables, Webtasks
    from .resources.segments import Segments
    from .resources.subscriptions import Subscriptions
    from .resources.targets import Targets
    from .resources.workflows import Workflows

log = logging.getLogger("np6")

DEFAULT_BASE_URL = "https://api-cm.np6.com"
DEFAULT_TIMEOUT = 30.0
API_KEY_ENV = "NP6_API_KEY"
BASE_URL_ENV = "NP6_BASE_URL"

C = TypeVar("C", bound="BaseClient")
R = TypeVar("R")


class BaseClient:
    """What the sync and async clients share: configuration and every decision that does no I/O."""

    is_async: bool
    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        retry_policy: RetryPolicy | None,
    ) -> None:
        key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
        if not key:
            raise NP6Error(
                f"No NP6 API key: pass api_key=... to the client or set the {API_KEY_ENV} "
                "environment variable."
            )
        if not isinstance(key, str) or any(ord(c) < 33 or ord(c) == 127 for c in key):
            raise NP6Error("The NP6 API key must be a string without spaces or control characters.")
        self.base_url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.retry_policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self._rate_limit: RateLimit | None = None
        self._headers = {"X-Key": key, "User-Agent": f"np6-python/{__version__}"}

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

    @cached_property
    def _raw(self) -> np6_api.Client:
        # Generated parsers only read `raise_on_unexpected_status` from it.
        from np6_api.client import Client as RawClient

        return RawClient(base_url=self.base_url, raise_on_unexpected_status=True)

    def _build(
        self, op: Operation[Any, Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> httpx.Request:
        spec = op.request(*args, **kwargs)
        headers = {**self._headers, **spec.pop("headers", {})}
        url = self.base_url + spec.pop("url")
        return self._http.build_request(url=url, headers=headers, timeout=self.timeout, **spec)

    def _parse(self, op: Operation[Any, R], response: httpx.Response) -> R:
        from np6_api.errors import UnexpectedStatus

        try:
            return op.parse(client=self._raw, response=response)  # type: ignore[return-value]
        except UnexpectedStatus:
            raise InvalidResponseError(
                f"{_where(response.request)}: HTTP {response.status_code} is not a documented "
                f"answer of {op.name}",
                response=response,
            ) from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InvalidResponseError(
                f"{_where(response.request)}: the response does not match the spec of {op.name} "
                f"({type(exc).__name__}: {excerpt(str(exc), 120)}); body: "
                f"{excerpt(response.text) or '(empty)'}",
                response=response,
            ) from exc

    def _retry_wait(
        self, request: httpx.Request, attempt: int, response: httpx.Response | None
    ) -> float | None:
        """Seconds to wait before the next try, or None to stop (no response: transport error)."""
        policy = self.retry_policy
        if attempt >= policy.max_retries:
            return None
        if response is None:
            wait = policy.backoff(attempt)
        elif not policy.should_retry_status(request.method, response.status_code):
            return None
        else:
            asked = policy.server_wait(response)
            if asked is not None and asked > policy.max_server_wait:
                return None
            wait = asked if asked is not None else policy.backoff(attempt)
        cause = f"HTTP {response.status_code}" if response is not None else "connection error"
        log.debug(
            "np6: retrying %s in %.2fs (retry %d of %d, %s)",
            _where(request),
            wait,
            attempt + 1,
            policy.max_retries,
            cause,
        )
        return wait

    def _transport_error(self, request: httpx.Request, exc: httpx.TransportError) -> NP6Error:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{_where(request)} timed out", request=request)
        return APIConnectionError(
            f"{_where(request)}: could not reach NP6 ({type(exc).__name__}: {exc})",
            request=request,
        )

    def _finish(self, response: httpx.Response) -> httpx.Response:
        """Record rate limits; raise the typed error for any non-2xx answer."""
        limits = RateLimit.from_headers(response.headers)
        if limits is not None:
            self._rate_limit = limits
        if response.is_success:
            return response
        raise status_error(response, retry_after=self.retry_policy.server_wait(response))

    # Resources: created on first use, so that `import np6` stays cheap.
    @cached_property
    def actions(self: C) -> Actions[C]:
        from .resources.actions import Actions

        return Actions(self)

    @cached_property
    def applications(self: C) -> Applications[C]:
        from .resources.applications import Applications

        return Applications(self)

    @cached_property
    def archives(self: C) -> Archives[C]:
        from .resources.archives import Archives

        return Archives(self)

    @cached_property
    def campaigns(self: C) -> Campaigns[C]:
        from .resources.campaigns import Campaigns

        return Campaigns(self)

    @cached_property
    def compilables(self: C) -> Compilables[C]:
        from .resources.scripting import Compilables

        return Compilables(self)

    @cached_property
    def displays(self: C) -> Displays[C]:
        from .resources.notifications import Displays

        return Displays(self)

    @cached_property
    def fields(self: C) -> Fields[C]:
        from .resources.fields import Fields

        return Fields(self)

    @cached_property
    def imports(self: C) -> Imports[C]:
        from .resources.imports import Imports

        return Imports(self)

    @cached_property
    def marketing_pressure(self: C) -> MarketingPressure[C]:
        from .resources.applications import MarketingPressure

        return MarketingPressure(self)

    @cached_property
    def notifications(self: C) -> Notifications[C]:
        from .resources.notifications import Notifications

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
        from .resources.fields import ValueLists

        return ValueLists(self)

    @cached_property
    def webtasks(self: C) -> Webtasks[C]:
        from .resources.scripting import Webtasks

        return Webtasks(self)

    @cached_property
    def workflows(self: C) -> Workflows[C]:
        from .resources.workflows import Workflows

        return Workflows(self)


def _where(request: httpx.Request) -> str:
    # No query string: it may hold unicity values or hashes.
    return f"{request.method} {request.url.copy_with(query=None)}"


class Client(BaseClient):
    """Synchronous NP6 client. Use it as a context manager, or call `close()`."""

    is_async = False
    _http: httpx.Client

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError("http_client must be an httpx.Client (use AsyncClient for async)")
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self.timeout)
        self._sleep: Callable[[float], None] = time.sleep

    def _call(self, op: Operation[Any, R], /, *args: Any, **kwargs: Any) -> R:
        request = self._build(op, args, kwargs)
        return self._parse(op, self._send(request))

    def _send(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            error: httpx.TransportError | None = None
            response: httpx.Response | None = None
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                if not self.retry_policy.should_retry_error(request.method, exc):
                    raise self._transport_error(request, exc) from exc
                error = exc
            wait = self._retry_wait(request, attempt, response)
            if wait is None:
                if error is not None:
                    raise self._transport_error(request, error) from error
                assert response is not None
                return self._finish(response)
            self._sleep(wait)
            attempt += 1

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


class AsyncClient(BaseClient):
    """Asynchronous NP6 client: the same surface as `Client`, every operation awaitable."""

    is_async = True
    _http: httpx.AsyncClient

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = 3,
        retry_policy: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError("http_client must be an httpx.AsyncClient (use Client for sync)")
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self.timeout)
        import asyncio  # here, not at module level: it is a third of `import np6` otherwise

        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    async def _call(self, op: Operation[Any, R], /, *args: Any, **kwargs: Any) -> R:
        request = self._build(op, args, kwargs)
        return self._parse(op, await self._send(request))

    async def _send(self, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            error: httpx.TransportError | None = None
            response: httpx.Response | None = None
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                if not self.retry_policy.should_retry_error(request.method, exc):
                    raise self._transport_error(request, exc) from exc
                error = exc
            wait = self._retry_wait(request, attempt, response)
            if wait is None:
                if error is not None:
                    raise self._transport_error(request, error) from error
                assert response is not None
                return self._finish(response)
            await self._sleep(wait)
            attempt += 1

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
