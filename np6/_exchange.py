"""One call on the wire: every decision between the first try and the answer, without I/O.

The sync and async send loops (np6/_client.py) only send, read and sleep; an `Exchange` decides
what to send next and how long to wait:

    request = exchange.before_send()          # the request to send now (body rewound)
    wait = exchange.after_error(exc)          # no answer: wait before retrying, or raise
    wait = exchange.after_response(response)  # None: final answer, `finish` it; else wait

Hook point for pacing: `before_send` runs before every try and `after_response` after every
answer (rate-limit headers are recorded there through `client._observe`).

Batch jobs (np6/_stop.py): the client's sleeps end early when the job of the call stops, and
`before_send` then gives up with the last error instead of retrying.

Redirects: np6 follows them itself (httpx is always told not to), at most `MAX_REDIRECTS`, and
only to the same origin (scheme, host and port): the key and the body never go to another host,
nor over http after https. Any other 3xx raises `RedirectError` saying where it pointed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import httpx

from ._body import replayable
from ._errors import (
    APIError,
    redirect_error,
    status_error,
    transport_error,
    where,
)
from ._stop import stopping

if TYPE_CHECKING:
    from ._client import BaseClient
    from ._pacing import Slot

log = logging.getLogger("np6")

MAX_REDIRECTS = 5
# Headers that describe a body: dropped when a redirect turns the request into a GET.
_BODY_HEADERS = ("content-length", "content-type", "transfer-encoding")


class Exchange:
    """The retry and redirect state of one call."""

    __slots__ = (
        "client",
        "last",
        "policy",
        "redirects",
        "replayable",
        "request",
        "retries",
        "slot",
        "tries",
    )

    def __init__(self, client: BaseClient[Any], request: httpx.Request) -> None:
        self.client = client
        self.policy = client.retry_policy
        self.request = request
        # Decided before the first send: some transports buffer what they read.
        self.replayable = replayable(request.stream)
        self.retries = 0
        self.redirects = 0
        self.tries = 0
        self.last: APIError | httpx.Response | None = None  # what a retry is waiting to undo
        self.slot: Slot | None = None  # the pacer's reservation for the current try

    def before_send(self) -> httpx.Request:
        """The request to send now; a retry raises instead when the call's batch job stopped.

        A first try always goes out, so that every chunk a job started reached NP6 once.
        """
        if self.last is not None and stopping():
            if isinstance(self.last, APIError):
                raise self.last
            self.finish(self.last)  # raises: it is an error answer np6 would have retried
        self.tries += 1
        return self.request

    def after_error(self, exc: httpx.HTTPError) -> float:
        """Seconds to wait before the next try after a failure with no answer; else raise."""
        error = transport_error(self.request, exc)
        if not (
            isinstance(exc, httpx.TransportError)
            and self.policy.should_retry_error(self.request.method, exc)
            and self._may_retry()
        ):
            raise error from exc
        error.__cause__ = exc
        self.last = error
        return self._backoff(None, "connection error")

    def after_response(self, response: httpx.Response) -> float | None:
        """None when `response` is the answer (pass it to `finish`); else seconds to wait."""
        self.client._observe(response, self.slot)
        if response.is_success:
            return None
        if response.is_redirect:
            return self._redirect(response)
        if not (
            self.policy.should_retry_status(self.request.method, response.status_code)
            and self._may_retry()
        ):
            return None
        asked = self.policy.server_wait(response)
        if asked is not None and asked > self.policy.max_server_wait:
            return None
        self.last = response
        wait = self._backoff(asked, f"HTTP {response.status_code}")
        # A paced client waits out a 429 in its pacer, with every other sender: not here.
        return 0.0 if response.status_code == 429 and self.client._paces else wait

    def finish(self, response: httpx.Response) -> httpx.Response:
        """The answer if it is a success; else raise its typed error."""
        if response.is_success:
            return response
        if 300 <= response.status_code < 400:
            why = self._refusal(response, self._target(response))
            raise redirect_error(response, response.headers.get("location"), why)
        raise status_error(response, retry_after=self.policy.server_wait(response))

    # ------------------------------------------------------------------ decisions

    def _may_retry(self) -> bool:
        return self.retries < self.policy.max_retries and self.replayable

    def _backoff(self, asked: float | None, cause: str) -> float:
        wait = asked if asked is not None else self.policy.backoff(self.retries)
        self.retries += 1
        log.debug(
            "np6: retrying %s in %.2fs (retry %d of %d, %s)",
            where(self.request),
            wait,
            self.retries,
            self.policy.max_retries,
            cause,
        )
        return wait

    def _redirect(self, response: httpx.Response) -> float | None:
        """0.0 with the next request set when np6 follows; None (then `finish` raises) if not."""
        target = self._target(response)
        if target is None or self._refusal(response, target):
            return None
        method = self.request.method
        keep_body = response.status_code in (307, 308)
        if not keep_body and method != "HEAD":
            method = "GET"  # 301/302/303 become a GET without body, as in browsers and httpx
        headers = httpx.Headers(self.request.headers)
        if not keep_body:
            for name in _BODY_HEADERS:
                headers.pop(name, None)
        self.request = httpx.Request(
            method,
            target,
            headers=headers,
            stream=self.request.stream if keep_body else httpx.ByteStream(b""),
            extensions=self.request.extensions,
        )
        self.redirects += 1
        log.debug("np6: following HTTP %d to %s", response.status_code, where(self.request))
        return 0.0

    def _target(self, response: httpx.Response) -> httpx.URL | None:
        location = response.headers.get("location")
        try:
            return self.request.url.join(location) if location is not None else None
        except (httpx.InvalidURL, ValueError):
            return None

    def _refusal(self, response: httpx.Response, target: httpx.URL | None) -> str:
        """Why np6 does not follow this 3xx ('' when it does)."""
        here = self.request.url
        if response.status_code not in (301, 302, 303, 307, 308):
            return f"np6 does not follow HTTP {response.status_code}"
        if target is None:
            return "it has no valid Location"
        if (target.scheme, target.host, target.port) != (here.scheme, here.host, here.port):
            return f"np6 only follows redirects within {here.scheme}://{here.netloc.decode()}"
        if self.redirects >= MAX_REDIRECTS:
            return f"more than {MAX_REDIRECTS} redirects in a row"
        if response.status_code in (307, 308) and not self.replayable:
            return "the request body cannot be sent again"
        return ""
