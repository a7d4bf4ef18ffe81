"""Every error an np6 call can raise, and the one place foreign exceptions become np6 errors.

    NP6Error                          anything np6 raises about a call (also: bad configuration)
    └── APIError                      about one request; `.request` is the httpx.Request
        ├── APIStatusError            NP6 answered with a non-2xx status; `.status_code`, `.body`
        │   ├── RedirectError         3xx np6 did not follow (other origin, downgrade, too many)
        │   ├── BadRequestError       400
        │   ├── AuthenticationError   401
        │   ├── PermissionDeniedError 403
        │   ├── NotFoundError         404
        │   ├── ConflictError         409
        │   ├── GoneError             410
        │   ├── RateLimitError        429, `.retry_after`
        │   └── InternalServerError   5xx
        ├── APIConnectionError        no answer: NP6 unreachable, connection broken
        │   └── APITimeoutError       no answer in time
        └── InvalidResponseError      an answer that is not what the spec says
    └── InterruptedChunkError         a batch chunk cut off on the wire by a cancelled job

Foreign exceptions (httpx, json, gzip, RecursionError from deep JSON, errors of the generated
parsers) are translated here only: `transport_error` for failures without an answer, `status_error`
and `invalid_response` for answers. Messages never hold the API key nor a query string (which may
hold unicity values), and pickling an error drops the `X-Key` header from its request.
"""

from __future__ import annotations

import json
import re
from functools import cached_property
from typing import Any, Literal

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "GoneError",
    "InternalServerError",
    "InterruptedChunkError",
    "InvalidResponseError",
    "NP6Error",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
]

EXCERPT = 200
# Error bodies larger than this are not parsed as JSON (`.body` is then the text).
MAX_JSON_ERROR_BODY = 1 << 20
_WORD = re.compile(r"\S+")
_WORD_BYTES = re.compile(rb"\S+")
# C0/C1 controls (after whitespace was collapsed): shown as U+FFFD so messages stay inert.
_CONTROLS = {c: "\ufffd" for c in [*range(32), *range(127, 160)]}


def excerpt(text: str | bytes, limit: int = EXCERPT) -> str:
    """A one-line preview of at most `limit` characters, whitespace collapsed, controls masked.

    Memory stays bounded by `limit` whatever the size of `text`: words are found lazily and only
    the first `limit` characters (4 bytes each at most) of them are copied.
    """
    binary = isinstance(text, bytes | bytearray)
    cap = 4 * limit + 4 if binary else limit + 1
    pieces: list[Any] = []
    size = 0
    for match in (_WORD_BYTES if binary else _WORD).finditer(text):  # type: ignore[arg-type]
        start, end = match.span()
        pieces.append(text[start : min(end, start + cap - size)])
        size += len(pieces[-1]) + 1
        if size >= cap:
            break
    flat = b" ".join(pieces).decode("utf-8", "replace") if binary else " ".join(pieces)
    flat = flat.translate(_CONTROLS)
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def where(request: httpx.Request) -> str:
    """`METHOD url` for messages: no query string (it may hold unicity values or hashes)."""
    return f"{request.method} {request.url.copy_with(query=None, fragment=None)}"


def strict_json(content: bytes) -> Any:
    """JSON as RFC 8259 has it: NaN, Infinity and numbers that overflow to infinity refused."""
    return json.loads(content, parse_constant=_no_constant, parse_float=_finite_float)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"number out of range: {text[:40]}")
    return value


# --------------------------------------------------------------------------- the classes

_PARSED: Any = object()  # default `body`: parsed from the response when first read


class NP6Error(Exception):
    """Base class of every error raised by np6."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors do not round-trip through Exception's default pickling; and
        # the request (also the one inside a response) carries the key: drop it on the way out.
        state = {k: _without_key(v) for k, v in self.__dict__.items()}
        return (_rebuild, (type(self), self.args, state))


def _rebuild(cls: type[NP6Error], args: tuple[Any, ...], state: dict[str, Any]) -> NP6Error:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


def _without_key(value: Any) -> Any:
    if isinstance(value, httpx.Request):
        headers = [(k, v) for k, v in value.headers.raw if k.lower() != b"x-key"]
        return httpx.Request(value.method, value.url, headers=headers)
    if isinstance(value, httpx.Response):
        clone = httpx.Response(value.status_code, headers=value.headers)
        clone._content = value.content if hasattr(value, "_content") else b""
        clone.request = _without_key(value.request)
        return clone
    return value


class InterruptedChunkError(NP6Error):
    """An async batch job was cancelled while this chunk's request was on the wire.

    NP6 may or may not have applied it; it is not acknowledged, so a resumed job sends it again.
    """


class APIError(NP6Error):
    """An error about one request, which `request` holds (its `X-Key` header included)."""

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APIConnectionError(APIError):
    """NP6 could not be reached, or the connection broke before a response came back."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class InvalidResponseError(APIError):
    """An answer that is not what the spec says (HTML, truncated JSON, bad gzip, ...).

    `response` is None only when the body could not even be read.
    """

    def __init__(
        self, message: str, *, request: httpx.Request, response: httpx.Response | None
    ) -> None:
        super().__init__(message, request=request)
        self.response = response
        self.status_code = response.status_code if response is not None else None


class APIStatusError(APIError):
    """NP6 answered with an error status. `body` is the parsed JSON, or the text when not JSON."""

    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: Any = _PARSED) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        if body is not _PARSED:
            self.__dict__["body"] = body

    @cached_property
    def body(self) -> Any:
        # Parsed on first use: building the error stays cheap whatever the size of the body.
        content = self.response.content
        if not content:
            return None
        if len(content) <= MAX_JSON_ERROR_BODY:
            try:
                return strict_json(content)
            except (ValueError, RecursionError):
                pass
        return content.decode(self.response.encoding or "utf-8", "replace")


class RedirectError(APIStatusError):
    """A 3xx np6 did not follow. `location` is where it pointed (None when it did not say)."""

    def __init__(
        self, message: str, *, response: httpx.Response, location: str | None, body: Any = _PARSED
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.location = location


class BadRequestError(APIStatusError):
    """400."""

    status_code: Literal[400]


class AuthenticationError(APIStatusError):
    """401: the API key is missing or not valid."""

    status_code: Literal[401]


class PermissionDeniedError(APIStatusError):
    """403."""

    status_code: Literal[403]


class NotFoundError(APIStatusError):
    """404."""

    status_code: Literal[404]


class ConflictError(APIStatusError):
    """409."""

    status_code: Literal[409]


class GoneError(APIStatusError):
    """410."""

    status_code: Literal[410]


class RateLimitError(APIStatusError):
    """429. `retry_after` is the wait NP6 asked for, in seconds, when it said so."""

    status_code: Literal[429]

    def __init__(
        self, message: str, *, response: httpx.Response, retry_after: float | None
    ) -> None:
        super().__init__(message, response=response)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """5xx."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
}


# --------------------------------------------------------------------------- constructors


def _body_excerpt(response: httpx.Response) -> str:
    return excerpt(response.content) if response.content else ""


def status_error(response: httpx.Response, retry_after: float | None = None) -> APIStatusError:
    """The typed error for a non-2xx answer (whose body has been read)."""
    detail = _body_excerpt(response)
    message = f"{where(response.request)} failed with HTTP {response.status_code}"
    message += f": {detail}" if detail else ""
    code = response.status_code
    if code == 429:
        return RateLimitError(message, response=response, retry_after=retry_after)
    if code >= 500:
        return InternalServerError(message, response=response)
    return _BY_STATUS.get(code, APIStatusError)(message, response=response)


def redirect_error(response: httpx.Response, location: str | None, why: str) -> RedirectError:
    """A 3xx np6 will not follow; the message says where it pointed (no credentials, no query)."""
    if location is None:
        shown = "nowhere (no Location header)"
    else:
        try:
            shown = str(safe_url(response.request.url.join(location)))
        except (httpx.InvalidURL, ValueError):
            shown = f"an invalid Location ({excerpt(location, 80)})"
    message = (
        f"{where(response.request)} was redirected (HTTP {response.status_code}) to {shown}: "
        f"not followed, {why}"
    )
    return RedirectError(message, response=response, location=location)


def safe_url(url: httpx.URL) -> httpx.URL:
    """The URL without credentials, query or fragment: what messages may show."""
    return url.copy_with(username=None, password=None, query=None, fragment=None)


def transport_error(request: httpx.Request, exc: httpx.HTTPError) -> APIError:
    """No usable answer came back (network, TLS, timeout, or a body httpx could not decode)."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{where(request)} timed out ({type(exc).__name__})", request=request
        )
    if isinstance(exc, httpx.DecodingError):  # e.g. a gzip body that does not inflate
        return InvalidResponseError(
            f"{where(request)}: the answer could not be decoded ({excerpt(str(exc), 120)})",
            request=request,
            response=None,
        )
    return APIConnectionError(
        f"{where(request)}: could not reach NP6 ({type(exc).__name__}: {excerpt(str(exc), 200)})",
        request=request,
    )


def invalid_response(operation: str, response: httpx.Response, exc: Exception) -> APIError:
    """A 2xx answer the operation's parser refused, whatever the parser raised."""
    if type(exc).__name__ == "UnexpectedStatus":  # np6_api.errors, not imported: keep it lazy
        reason = f"HTTP {response.status_code} is not a documented answer of {operation}"
    else:
        detail = "nested too deeply" if isinstance(exc, RecursionError) else excerpt(str(exc), 120)
        reason = (
            f"the response does not match the spec of {operation} "
            f"({type(exc).__name__}: {detail}); body: {_body_excerpt(response) or '(empty)'}"
        )
    return InvalidResponseError(
        f"{where(response.request)}: {reason}", request=response.request, response=response
    )
