"""The values the fake passes around, and the one interface its adapters need.

`Handler` is all the in-process transport and the socket server know of the fake (the way httpx's
`MockTransport` takes a handler): anything with `handle(method, url, headers, body) -> Reply`.
Inside the fake, routes receive an `Incoming` and answer a `Result`, which becomes a `Reply`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class SpecViolation(Exception):
    """Traffic that does not match the spec; the message says where and why."""


class FakeBug(AssertionError):
    """The fake answered something its own spec forbids: a bug of np6.testing, not of the client."""


class ApiError(Exception):
    """Raised by a handler: answered as `status` with a JSON error body."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(slots=True)
class Incoming:
    """A request as handlers see it. Header names are lower case."""

    method: str
    path: str
    template: str
    params: dict[str, str]
    query: dict[str, list[str]]
    headers: Mapping[str, str]
    body: bytes

    def arg(self, name: str) -> str | None:
        """The first value of a query parameter."""
        values = self.query.get(name)
        return values[0] if values else None

    def int_param(self, name: str) -> int:
        """A path parameter the spec types as an integer (checked here too when not validating)."""
        try:
            return int(self.params[name])
        except ValueError:
            raise ApiError(400, f"path parameter {name!r} must be an integer") from None

    def json(self) -> Any:
        try:
            return json.loads(self.body) if self.body else None
        except ValueError as exc:
            raise ApiError(400, f"the body is not valid JSON: {exc}") from None


@dataclass(slots=True)
class Result:
    """What a handler answers: a JSON-able value (or no body) and a status, by default the
    success status the spec documents for the operation (200, 201, 204, ...)."""

    status: int | None = None
    data: Any = field(default=None)
    has_body: bool = True
    media_type: str | None = None  # None: the media type the spec documents for that status
    headers: dict[str, str] = field(default_factory=dict)


def ok(data: Any, status: int | None = None) -> Result:
    return Result(status, data)


def no_content() -> Result:
    return Result(None, has_body=False)


@dataclass(slots=True)
class Reply:
    """The fake's answer, ready for the wire. `delay` is injected latency, applied by the caller
    (time.sleep in the sync transport and the server, asyncio.sleep in the async transport)."""

    status: int
    headers: dict[str, str]
    body: bytes
    delay: float = 0.0


class Handler(Protocol):
    """Answers one HTTP request. `url` is the path with its query; header names in any case."""

    def handle(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes = b""
    ) -> Reply: ...


def error_data(status: int, message: str) -> dict[str, Any]:
    # The reference never shows an error body; the spec's Error is a free-form object.
    return {"status": status, "message": message}


def error_body(status: int, message: str) -> bytes:
    return json.dumps(error_data(status, message), separators=(",", ":")).encode()
