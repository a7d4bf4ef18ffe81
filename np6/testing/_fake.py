"""`FakeNP6`: the state plus the one core handler that both the transport and the server call."""

from __future__ import annotations

import hmac
import json
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import parse_qs

from ._faults import Fault, Faults
from ._http import ApiError, FakeBug, Incoming, Reply, Result, SpecViolation, error_body, error_data
from ._router import Router
from ._routes import HANDLERS
from ._spec import JSON, Operation, load_spec
from ._state import State

if TYPE_CHECKING:
    from ._transport import FakeTransport
    from ._validation import Validator


class RecordedRequest(NamedTuple):
    method: str
    path: str  # without the query string
    query: str
    body: bytes


_MALFORMED = {
    "html": (
        "text/html; charset=utf-8",
        b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
        b"<body><h1>Bad Gateway</h1><p>The upstream server is unavailable.</p></body></html>",
    ),
    "truncated": (None, b""),  # the real body, cut in the middle
    "empty": (None, b""),
}


class FakeNP6(State):
    """An in-memory NP6 account that answers HTTP like NP6, checked against openapi/np6.yaml.

        fake = FakeNP6()
        seg = fake.add_segment(name="VIP")
        http = httpx.Client(transport=fake.transport())
        client = np6.Client(api_key=fake.api_key, http_client=http)
        client.segments.add_targets_raw(seg, ["000T1"])      # -> 1
        fake.segment_targets(seg)                            # -> ['000T1']

    `validate=False` skips the spec checks (benchmarks). The last `max_recorded` requests are kept
    in `requests` (set `record_requests=False` for big runs); `request_count` counts them all.
    """

    def __init__(
        self,
        api_key: str = "test-key",
        *,
        validate: bool = True,
        spec_path: Path | None = None,
        record_requests: bool = True,
        max_recorded: int = 10_000,
        known_targets_only: bool = False,
    ) -> None:
        super().__init__(known_targets_only=known_targets_only)
        self.api_key = api_key
        self.spec = load_spec(spec_path)
        self.faults = Faults()
        self.record_requests = record_requests
        self.requests: deque[RecordedRequest] = deque(maxlen=max_recorded)
        self.request_count = 0
        self._count_lock = threading.Lock()
        self._router = Router(self.spec.operations, HANDLERS)
        self._validator: Validator | None = None
        if validate:
            from ._validation import Validator

            self._validator = Validator(self.spec)

    @property
    def validate(self) -> bool:
        return self._validator is not None

    def __repr__(self) -> str:
        return (
            f"<FakeNP6 targets={len(self.targets)} segments={len(self.segments)} "
            f"requests={self.request_count} validate={self.validate}>"
        )

    # ------------------------------------------------------------------ entry points
    def transport(self) -> FakeTransport:
        """One httpx transport for both `httpx.Client` and `httpx.AsyncClient`."""
        from ._transport import FakeTransport

        return FakeTransport(self)

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve over HTTP/1.1 on a loopback address in a background thread; yields the base URL."""
        from ._server import FakeServer

        with FakeServer(self, host, port) as server:
            yield server.url

    def clear_requests(self) -> None:
        with self._count_lock:
            self.requests.clear()
            self.request_count = 0

    # ------------------------------------------------------------------ the core
    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes = b"") -> Reply:
        """Answer one request. `url` is the path with its query (a full URL works too); header
        names in any case. Raises FakeBug when the fake's own answer breaks the spec."""
        method = method.upper()
        if not url.startswith("/"):
            url = "/" + url.split("://", 1)[-1].partition("/")[2]
        path, _, query = url.partition("?")
        with self._count_lock:  # `+=` is not atomic and the sync client sends from threads
            self.request_count += 1
            if self.record_requests:
                self.requests.append(RecordedRequest(method, path, query, body))
        faults = self.faults
        remaining, reset, over_limit = faults.count()
        limits = {"X-RateLimit-Limit": str(faults.limit), "X-RateLimit-Remaining": str(remaining)}
        if faults.window_set:  # a configured window says when it resets on every answer
            limits["X-RateLimit-Reset"] = str(reset)
        reply = self._answer(method, path, query, headers, body, over_limit, reset)
        for name, value in limits.items():  # a 429 fault already says Remaining: 0
            reply.headers.setdefault(name, value)
        reply.headers["Content-Length"] = str(len(reply.body))
        reply.delay = faults.delay(method, path)
        return reply

    def _answer(
        self,
        method: str,
        path: str,
        query: str,
        headers: Mapping[str, str],
        body: bytes,
        over_limit: bool,
        reset: int,
    ) -> Reply:
        lower = {k.lower(): v for k, v in headers.items()}
        if not hmac.compare_digest(lower.get("x-key", "").encode(), self.api_key.encode()):
            return _error(401, "missing or invalid X-Key")
        match = self._router.match(path)
        if match is None:
            return _error(404, f"no route for {path}")
        if method not in match.methods:
            reply = _error(405, f"{method} is not an operation of {match.template}")
            reply.headers["Allow"] = ", ".join(sorted(match.methods))
            return reply
        handler = match.methods[method]
        op = self.spec.operations[method, match.template]
        if handler is None:
            return _error(501, f"the fake does not implement {op.operation_id} yet")
        fault = self.faults.take(method, path, after=False)
        if fault is not None or over_limit:
            reply = _fault_reply(fault, reset)
            return self._checked(op, reply)
        incoming = Incoming(
            method, path, match.template, match.params,
            parse_qs(query, keep_blank_values=True) if query else {}, lower, body,
        )  # fmt: skip
        if self._validator is not None:
            try:
                self._validator.request(
                    method=method,
                    path=path,
                    path_pattern=match.template,
                    path_params=match.params,
                    query=incoming.query,
                    headers=lower,
                    body=body,
                )
            except SpecViolation as exc:
                return _error(400, f"request does not match the spec: {exc}")
        try:
            result = handler(self, incoming)
        except ApiError as exc:
            result = Result(exc.status, error_data(exc.status, exc.message))
        reply = self._checked(op, self._render(op, result))
        fault = self.faults.take(method, path, after=True)
        return _malformed(fault, reply) if fault is not None else reply

    def _render(self, op: Operation, result: Result) -> Reply:
        status = result.status or op.success
        headers = dict(result.headers)
        if not result.has_body:
            return Reply(status, headers, b"")
        headers["Content-Type"] = result.media_type or op.media_type(status) or JSON
        body = json.dumps(result.data, ensure_ascii=False, separators=(",", ":")).encode()
        return Reply(status, headers, body)

    def _checked(self, op: Operation, reply: Reply) -> Reply:
        if self._validator is None:
            return reply
        try:
            self._validator.response(
                op.method, op.template, reply.status, reply.headers, reply.body
            )
        except SpecViolation as exc:
            raise FakeBug(
                f"np6.testing answered {op.method} {op.template} with HTTP {reply.status} that "
                f"breaks the spec: {exc}"
            ) from None
        return reply


def _error(status: int, message: str) -> Reply:
    return Reply(status, {"Content-Type": JSON}, error_body(status, message))


def _fault_reply(fault: Fault | None, reset: int) -> Reply:
    if fault is None or fault.kind == "rate_limit":
        reply = _error(429, "rate limit exceeded")
        reply.headers["X-RateLimit-Remaining"] = "0"
        reply.headers["X-RateLimit-Reset"] = str(fault.reset if fault is not None else reset)
        if fault is not None and fault.retry_after is not None:
            reply.headers["Retry-After"] = str(fault.retry_after)
        return reply
    return _error(fault.status, "injected server error")


def _malformed(fault: Fault, reply: Reply) -> Reply:
    media_type, body = _MALFORMED[fault.body]
    headers = {"Content-Type": media_type or reply.headers.get("Content-Type", JSON)}
    if fault.body == "truncated":
        full = reply.body if len(reply.body) > 2 else b'{"id":"000T1","fields":{}}'
        body = full[: len(full) // 2]
    return Reply(200, headers, body)
