"""The np6 error hierarchy: every failure an np6 call can raise derives from NP6Error."""

from __future__ import annotations

import json
from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "GoneError",
    "InternalServerError",
    "InvalidResponseError",
    "NP6Error",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
]

_EXCERPT = 200


def excerpt(text: str, limit: int = _EXCERPT) -> str:
    """A one-line, bounded preview of a body for error messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class NP6Error(Exception):
    """Base class of every error raised by np6."""


class APIConnectionError(NP6Error):
    """NP6 could not be reached, or the connection broke before a response came back."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class InvalidResponseError(NP6Error):
    """A response that is not what the spec says (HTML, truncated JSON, unknown enum value, ...)."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(NP6Error):
    """NP6 answered with an error status. `body` is the parsed JSON, or the text when not JSON."""

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or not valid."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class GoneError(APIStatusError):
    """410."""


class RateLimitError(APIStatusError):
    """429. `retry_after` is the wait NP6 asked for, in seconds, when it said so."""

    def __init__(
        self, message: str, *, response: httpx.Response, body: Any, retry_after: float | None
    ) -> None:
        super().__init__(message, response=response, body=body)
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


def _body_of(response: httpx.Response) -> Any:
    text = response.text
    try:
        return json.loads(text) if text else None
    except ValueError:
        return text


def status_error(response: httpx.Response, retry_after: float | None = None) -> APIStatusError:
    """The typed error for a non-2xx response (whose body has been read)."""
    body = _body_of(response)
    request = response.request
    where = f"{request.method} {request.url.copy_with(query=None)}"
    detail = f": {excerpt(response.text)}" if response.text else ""
    message = f"{where} failed with HTTP {response.status_code}{detail}"
    code = response.status_code
    if code == 429:
        return RateLimitError(message, response=response, body=body, retry_after=retry_after)
    if code >= 500:
        return InternalServerError(message, response=response, body=body)
    return _BY_STATUS.get(code, APIStatusError)(message, response=response, body=body)
