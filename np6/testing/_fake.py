"""`FakeNP6`: the account's state plus `handle`, the entry point of the transport and the server.

A request goes: key check -> router (spec path) -> scheduled faults -> request validated against
the spec -> the route of that operation (state), or the generic answer (the spec's documented
success response) -> the answer validated against the spec.

`FakeNP6` is a `State` (the account) with a `handle` method: the seeds (`fake.add_action(...)`) and
the data (`fake.targets`) read as the account's own, and the adapters only see `handle`.
"""

from __future__ import annotations

import copy
import hmac
import json
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import parse_qs

from ._clock import FakeClock
from ._faults import Fault, Faults
from ._messages import (
    ApiError,
    FakeBug,
    Incoming,
    Reply,
    Result,
    SpecViolation,
    error_body,
    error_data,
)
from ._router import Router
from ._samples import Samples
from ._spec import JSON, SpecOperation, read_spec
from ._state import State
from .routes import HANDLERS, Route

if TYPE_CHECKING:
    import np6

    from ._transport import FakeTransport
    from ._validation import Validator


class RecordedRequest(NamedTuple):
    method: str
    path: str  # without the query string
    query: str
    body: bytes
    operation_id: str | None = None  # None when no operation of the spec matched


class RequestLog(deque[RecordedRequest]):
    """The requests received, oldest first (bounded); `of(operation_id)` keeps one operation's."""

    def of(self, operation_id: str) -> list[RecordedRequest]:
        return [r for r in list(self) if r.operation_id == operation_id]


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
        client = fake.client()                               # np6.Client on fake.transport()
        client.segments.add_targets_raw(seg, ["000T1"])      # -> 1
        fake.segment_targets(seg)                            # -> ['000T1']
        fake.requests.of("addSegmentTargets")                # what the fake received

    Every operation of the spec answers: the routes in `np6.testing.routes` keep state, the rest
    get the spec's documented success response. `validate=False` skips the spec checks
    (benchmarks). The last `max_recorded` requests are kept in `requests` (set
    `record_requests=False` for big runs); `request_count` counts them all. Time is `clock`, a
    FakeClock, frozen until a test moves it.
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
        clock: FakeClock | None = None,
    ) -> None:
        super().__init__(known_targets_only=known_targets_only, clock=clock)
        self.api_key = api_key
        self.spec = read_spec(spec_path)
        self.faults = Faults(self.clock)
        self.record_requests = record_requests
        self.requests = RequestLog(maxlen=max_recorded)
        self.request_count = 0
        self._count_lock = threading.Lock()
        self._router = Router.for_spec(self.spec, HANDLERS)
        self._samples = Samples(self.spec.document)
        self._generic: dict[SpecOperation, Result] = {}
        self._validator: Validator | None = None
        if validate:
            from ._validation import Validator

            self._validator = Validator.for_spec(self.spec)

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

    def client(self, **options: Any) -> np6.Client:
        """An `np6.Client` on this fake, in-process. It runs on the fake's clock: its waits
        (retries, pacing, polling) move the clock instead of sleeping, so a test that waits for an
        action test or a rate-limit window takes no time."""
        import httpx

        import np6

        client = np6.Client(
            api_key=self.api_key, http_client=httpx.Client(transport=self.transport()), **options
        )
        client._use_clock(self.clock)
        return client

    def async_client(self, **options: Any) -> np6.AsyncClient:
        """`client()` for asyncio."""
        import httpx

        import np6

        client = np6.AsyncClient(
            api_key=self.api_key,
            http_client=httpx.AsyncClient(transport=self.transport()),
            **options,
        )
        client._use_clock(self.clock)
        return client

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
        match = self._router.match(path)
        op = None
        if match is not None and method in match.methods:
            op = self.spec.operations[method, match.template]
        operation_id = op.operation_id if op is not None else None
        with self._count_lock:  # `+=` is not atomic and the sync client sends from threads
            self.request_count += 1
            if self.record_requests:
                self.requests.append(RecordedRequest(method, path, query, body, operation_id))
        faults = self.faults
        remaining, reset, over_limit = faults.count()
        limits = {"X-RateLimit-Limit": str(faults.limit), "X-RateLimit-Remaining": str(remaining)}
        if faults.window_set:  # a configured window says when it resets on every answer
            limits["X-RateLimit-Reset"] = str(reset)
        lower = {k.lower(): v for k, v in headers.items()}
        if not hmac.compare_digest(lower.get("x-key", "").encode(), self.api_key.encode()):
            reply = _error(401, "missing or invalid X-Key")
        elif match is None:
            reply = _error(404, f"no route for {path}")
        elif op is None:
            reply = _error(405, f"{method} is not an operation of {match.template}")
            reply.headers["Allow"] = ", ".join(sorted(match.methods))
        else:
            route = match.methods[method]
            incoming = Incoming(
                method, path, match.template, match.params,
                parse_qs(query, keep_blank_values=True) if query else {}, lower, body,
            )  # fmt: skip
            reply = self._answer(op, route, incoming, over_limit, reset)
        for name, value in limits.items():  # a 429 fault already says Remaining: 0
            reply.headers.setdefault(name, value)
        reply.headers["Content-Length"] = str(len(reply.body))
        reply.delay = faults.delay(method, path, operation_id)
        return reply

    def _answer(
        self,
        op: SpecOperation,
        route: Route | None,
        incoming: Incoming,
        over_limit: bool,
        reset: int,
    ) -> Reply:
        method, path = op.method, incoming.path
        fault = self.faults.take(method, path, op.operation_id, after=False)
        if fault is not None or over_limit:
            reply = _fault_reply(fault, reset)
            return self._checked(op, reply)
        if self._validator is not None:
            try:
                self._validator.request(
                    method=method,
                    path=path,
                    path_pattern=incoming.template,
                    path_params=incoming.params,
                    query=incoming.query,
                    headers=incoming.headers,
                    body=incoming.body,
                )
            except SpecViolation as exc:
                return _error(400, f"request does not match the spec: {exc}")
        try:
            result = route(self, incoming) if route is not None else self.generic_result(op)
            documented = op.media_type(op.success) is not None
            if documented and not result.has_body and result.status in (None, op.success):
                # A route with nothing to say where the spec documents a body (written against
                # a spec that answered 204) answers the documented sample.
                result = self.generic_result(op)
        except ApiError as exc:
            result = Result(exc.status, error_data(exc.status, exc.message))
        reply = self._checked(op, self._render(op, result))
        fault = self.faults.take(method, path, op.operation_id, after=True)
        return _malformed(fault, reply) if fault is not None else reply

    def generic_result(self, op: SpecOperation) -> Result:
        """The answer of an operation without a route: its documented success response, with the
        spec's example when that example passes the spec, else a value built from the schema."""
        cached = self._generic.get(op)
        if cached is None:
            response = self._samples.resolve(
                op.document.get("responses", {}).get(str(op.success), {})
            )
            media = next(iter((response.get("content") or {}).values()), None)
            if media is None:
                cached = Result(op.success, has_body=False)
            else:
                cached = Result(
                    op.success, self._samples.first_valid(media, lambda v: self._passes(op, v))
                )
            self._generic[op] = cached
        return Result(cached.status, copy.deepcopy(cached.data), cached.has_body)

    def _passes(self, op: SpecOperation, data: Any) -> bool:
        try:
            self._checked(op, self._render(op, Result(op.success, data)))
        except FakeBug:
            return False
        return True

    def _render(self, op: SpecOperation, result: Result) -> Reply:
        status = result.status or op.success
        headers = dict(result.headers)
        # A route's value is dropped where the spec documents no body (204): routes need not
        # follow each status fix of the spec.
        if not result.has_body or (200 <= status < 300 and op.media_type(status) is None):
            return Reply(status, headers, b"")
        headers["Content-Type"] = result.media_type or op.media_type(status) or JSON
        body = json.dumps(result.data, ensure_ascii=False, separators=(",", ":")).encode()
        return Reply(status, headers, body)

    def _checked(self, op: SpecOperation, reply: Reply) -> Reply:
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
