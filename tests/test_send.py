"""The send path, table-driven on both clients: errors, retries, uploads, redirects."""

from __future__ import annotations

import email.utils
import io
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import np6
from np6._body import BUFFER_LIMIT
from np6._retry import RetryPolicy

from .clients import KEY, Harness, archives_ok, kind, sequence

__all__ = ["kind"]  # the fixture, imported for pytest

NOW = 1_800_000_000.0


def GET(c: Any) -> Any:
    return c.archives.for_target("000T1")


def DELETE(c: Any) -> Any:
    return c.targets.delete("000T1")


def POST(c: Any) -> Any:
    return c.segments.normalize(7, {34: ["FRA"]})


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(code, headers=headers)


def fixed_policy(**options: Any) -> RetryPolicy:
    return RetryPolicy(jitter=lambda: 0.0, now=lambda: NOW, **options)


# --------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (400, np6.BadRequestError),
        (401, np6.AuthenticationError),
        (403, np6.PermissionDeniedError),
        (404, np6.NotFoundError),
        (409, np6.ConflictError),
        (410, np6.GoneError),
        (418, np6.APIStatusError),
        (429, np6.RateLimitError),
        (500, np6.InternalServerError),
        (503, np6.InternalServerError),
        (300, np6.RedirectError),
        (304, np6.RedirectError),
    ],
)
def test_each_status_maps_to_its_error(kind: str, code: int, error: type[Exception]) -> None:
    h = Harness(kind, lambda r: httpx.Response(code, json={"message": "no"}), max_retries=0)
    with pytest.raises(error) as caught:
        h.run(DELETE)
    assert type(caught.value) is error
    assert isinstance(caught.value, np6.APIStatusError)
    assert caught.value.status_code == code
    assert caught.value.body == {"message": "no"}
    assert caught.value.request is caught.value.response.request
    assert f"HTTP {code}" in str(caught.value)


# Each row: (answers, operation, options, raised or None, requests sent, waits).
RETRIES: dict[
    str, tuple[list[Any], Callable[[Any], Any], dict[str, Any], Any, int, list[float]]
] = {
    "503 on GET is retried": (
        [status(503), status(503), archives_ok()],
        GET,
        {},
        None,
        3,
        [0.5, 1],
    ),
    "max_retries bounds the tries": ([status(503)], GET, {"max_retries": 2}, 500, 3, [0.5, 1]),
    "503 on POST is not retried": ([status(503)], POST, {}, 503, 1, []),
    "500 is not retried": ([status(500)], DELETE, {}, 500, 1, []),
    "backoff doubles up to max_wait": (
        [status(503)],
        DELETE,
        {"max_retries": 5},
        503,
        6,
        [0.5, 1, 2, 4, 8],
    ),
    "429 on POST honours Retry-After": (
        [status(429, **{"Retry-After": "2"}), status(204)],
        POST,
        {},
        None,
        2,
        [2.0],
    ),
    "Retry-After as an HTTP date": (
        [status(429, **{"Retry-After": email.utils.formatdate(NOW + 5, usegmt=True)}), status(204)],
        DELETE,
        {},
        None,
        2,
        [5.0],
    ),
    "X-RateLimit-Reset as a delay": (
        [status(429, **{"X-RateLimit-Reset": "3"}), status(204)],
        DELETE,
        {},
        None,
        2,
        [3.0],
    ),
    "X-RateLimit-Reset as epoch seconds": (
        [status(429, **{"X-RateLimit-Reset": "1800000007"}), status(204)],
        DELETE,
        {},
        None,
        2,
        [7.0],
    ),
    "X-RateLimit-Reset as epoch ms": (
        [status(429, **{"X-RateLimit-Reset": "1800000004500"}), status(204)],
        DELETE,
        {},
        None,
        2,
        [4.5],
    ),
    "a wait beyond the cap is not retried": (
        [status(429, **{"Retry-After": "3600"})],
        DELETE,
        {},
        429,
        1,
        [],
    ),
    "max_retries=0 turns retries off": ([status(429)], DELETE, {"max_retries": 0}, 429, 1, []),
    "connect error is retried even for POST": (
        [httpx.ConnectError("refused"), status(204)],
        POST,
        {},
        None,
        2,
        [0.5],
    ),
    "read timeout is retried for GET": (
        [httpx.ReadTimeout("slow"), archives_ok()],
        GET,
        {},
        None,
        2,
        [0.5],
    ),
    "read timeout is not retried for POST": (
        [httpx.ReadTimeout("slow")],
        POST,
        {},
        "timeout",
        1,
        [],
    ),
    "a broken connection is retried for DELETE": (
        [httpx.RemoteProtocolError("peer closed"), status(204)],
        DELETE,
        {},
        None,
        2,
        [0.5],
    ),
    "a broken connection is not retried for POST": (
        [httpx.RemoteProtocolError("peer closed")],
        POST,
        {},
        "connection",
        1,
        [],
    ),
    "connection errors give up after max_retries": (
        [httpx.ConnectError("refused")],
        DELETE,
        {"max_retries": 1},
        "connection",
        2,
        [0.5],
    ),
    "pool timeout is retried for POST": (
        [httpx.PoolTimeout("busy"), status(204)],
        POST,
        {},
        None,
        2,
        [0.5],
    ),
}
# Unusable server waits fall back to backoff instead of retrying at once.
for _value in (
    "-5",
    "0",
    "nan",
    "inf",
    "-inf",
    "soon",
    email.utils.formatdate(NOW - 60, usegmt=True),
):
    RETRIES[f"Retry-After {_value!r} backs off"] = (
        [status(429, **{"Retry-After": _value}), status(204)],
        DELETE,
        {},
        None,
        2,
        [0.5],
    )
for _value in ("-3", "1700000000", "1700000000000", "NaN"):
    RETRIES[f"X-RateLimit-Reset {_value!r} (past or bad) backs off"] = (
        [status(429, **{"X-RateLimit-Reset": _value}), status(204)],
        DELETE,
        {},
        None,
        2,
        [0.5],
    )

RAISED = {
    500: np6.InternalServerError,
    503: np6.InternalServerError,
    429: np6.RateLimitError,
    "timeout": np6.APITimeoutError,
    "connection": np6.APIConnectionError,
}


@pytest.mark.parametrize("row", list(RETRIES), ids=list(RETRIES))
def test_retry_table(kind: str, row: str) -> None:
    answers, call, options, raised, sent, waits = RETRIES[row]
    options = {"retry_policy": fixed_policy(**options)}
    h = Harness(kind, sequence(*answers), **options)
    if raised is None:
        h.run(call)
    else:
        with pytest.raises(RAISED[raised]) as caught:
            h.run(call)
        assert type(caught.value) is RAISED[raised]
        assert caught.value.__cause__ is None or isinstance(caught.value.__cause__, httpx.HTTPError)
    assert len(h.requests) == sent
    assert h.waits == pytest.approx(waits)


def test_rate_limit_error_says_how_long(kind: str) -> None:
    h = Harness(kind, lambda r: status(429, **{"Retry-After": "3600"}))
    with pytest.raises(np6.RateLimitError) as caught:
        h.run(DELETE)
    assert caught.value.retry_after == 3600.0


def test_rate_limit_headers_are_readable(kind: str) -> None:
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "42", "X-RateLimit-Reset": "9"}
    h = Harness(kind, lambda r: status(204, **headers))
    assert h.client.rate_limit is None
    h.run(DELETE)
    assert h.client.rate_limit == np6.RateLimit(limit=100, remaining=42, reset="9")


def test_retries_are_logged_at_debug(kind: str, caplog: pytest.LogCaptureFixture) -> None:
    h = Harness(kind, sequence(status(503), status(204)))
    with caplog.at_level(logging.DEBUG, logger="np6"):
        h.run(DELETE)
    (record,) = [r for r in caplog.records if r.name == "np6"]
    assert "retrying DELETE https://api-cm.np6.com/targets/000T1" in record.getMessage()
    assert "HTTP 503" in record.getMessage()


# --------------------------------------------------------------------------- bad answers


def _deep(depth: int = 100_000) -> bytes:
    return b"[" * depth + b"]" * depth


BAD_BODIES: dict[str, tuple[int, dict[str, str], bytes, type[Exception]]] = {
    "bad gzip": (200, {"Content-Encoding": "gzip"}, b"not gzip at all", np6.InvalidResponseError),
    "bad gzip on 404": (
        404,
        {"Content-Encoding": "gzip"},
        b"\x1f\x8bnope",
        np6.InvalidResponseError,
    ),
    "deep JSON on 200": (200, {}, _deep(), np6.InvalidResponseError),
    "deep JSON on 404": (404, {}, _deep(), np6.NotFoundError),
    "deep JSON on 429": (429, {"Retry-After": "3600"}, _deep(), np6.RateLimitError),
    "invalid UTF-8 on 200": (200, {}, b'[{"id": "\xff\xfe"}]', np6.InvalidResponseError),
    "invalid UTF-8 on 400": (400, {}, b"\xff\xfe\xfd", np6.BadRequestError),
    "1e999 where an int is due": (200, {}, b"1e999", np6.InvalidResponseError),
    "NaN where an int is due": (200, {}, b"NaN", np6.InvalidResponseError),
    "HTML on 200": (
        200,
        {"Content-Type": "text/html"},
        b"<h1>Maintenance</h1>",
        np6.InvalidResponseError,
    ),
}


@pytest.mark.parametrize("row", list(BAD_BODIES), ids=list(BAD_BODIES))
def test_bad_answers_raise_np6_errors_only(kind: str, row: str) -> None:
    code, headers, body, error = BAD_BODIES[row]
    h = Harness(kind, lambda r: httpx.Response(code, headers=headers, content=body))
    with pytest.raises(np6.NP6Error) as caught:
        h.run(lambda c: c.segments.add_targets_raw(7, ["000T1"]))  # answers an int
    assert type(caught.value) is error
    assert KEY not in str(caught.value)
    assert len(str(caught.value)) < 600
    if isinstance(caught.value, np6.APIStatusError):
        assert caught.value.body is not None  # kept as text, never a crash


# --------------------------------------------------------------------------- uploads


class Pipe(io.RawIOBase):
    """A stream that cannot seek, like a socket or a pipe."""

    def __init__(self, data: bytes) -> None:
        self.data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self.data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


CSV = b"email;country\n" + b"a@example.com;FR\n" * 40


def _bodies(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "contacts.csv"
    path.write_bytes(CSV)
    moved = io.BytesIO(b"HEADER" + CSV)
    moved.seek(6)
    return {
        "bytes": CSV,
        "BytesIO": io.BytesIO(CSV),
        "path": path,
        "open file": path.open("rb"),
        "BytesIO not at 0": moved,
        "small pipe": Pipe(CSV),
    }


UPLOAD_FAILURES = {
    "503": status(503),
    "429": status(429, **{"Retry-After": "1"}),
    "connect error": httpx.ConnectError("refused"),
    "broken connection": httpx.RemoteProtocolError("peer closed"),
}


def _upload_ok() -> httpx.Response:
    return httpx.Response(200, json={"type": "ftp"})


@pytest.mark.parametrize("failure", list(UPLOAD_FAILURES))
@pytest.mark.parametrize(
    "body", ["bytes", "BytesIO", "path", "open file", "BytesIO not at 0", "small pipe"]
)
def test_a_retried_upload_resends_the_same_bytes(
    kind: str, body: str, failure: str, tmp_path: Path
) -> None:
    h = Harness(kind, sequence(UPLOAD_FAILURES[failure], _upload_ok()))
    data = _bodies(tmp_path)[body]
    source = h.run(lambda c: c.imports.upload(23, data))
    assert source.type_ == "ftp"
    assert len(h.requests) == 2
    for request in h.requests:
        assert request.content == CSV
        assert request.headers.get("Content-Length") == str(len(CSV))


@pytest.mark.parametrize("failure", ["503", "connect error"])
def test_a_stream_that_cannot_be_replayed_is_not_retried(kind: str, failure: str) -> None:
    big = b"x" * (BUFFER_LIMIT + 10)
    h = Harness(kind, sequence(UPLOAD_FAILURES[failure], _upload_ok()))
    with pytest.raises((np6.InternalServerError, np6.APIConnectionError)):
        h.run(lambda c: c.imports.upload(23, Pipe(big)))
    assert len(h.requests) == 1
    assert h.requests[0].content == big
    assert h.waits == []


def test_a_generator_body_through_request_is_not_retried(kind: str) -> None:
    h = Harness(kind, sequence(status(503), status(204)))

    def chunks() -> Any:
        yield b"a"
        yield b"b"

    async def achunks() -> Any:
        yield b"a"
        yield b"b"

    body = chunks() if kind == "sync" else achunks()
    with pytest.raises(np6.InternalServerError):
        h.run(lambda c: c.request("PUT", "/imports/1/source", content=body))
    assert len(h.requests) == 1
    assert h.requests[0].content == b"ab"


# --------------------------------------------------------------------------- redirects


def _redirect(code: int, location: str) -> httpx.Response:
    return httpx.Response(code, headers={"Location": location})


@pytest.mark.parametrize("follow", [False, True], ids=["plain", "follow_redirects=True"])
@pytest.mark.parametrize(
    "location",
    [
        "https://evil.example/targets/000T1",
        "http://api-cm.np6.com/targets/000T1",
        "https://api-cm.np6.com:8443/targets/000T1",
        "//evil.example/x",
    ],
)
def test_the_key_never_follows_a_redirect_elsewhere(kind: str, follow: bool, location: str) -> None:
    h = Harness(
        kind,
        sequence(_redirect(302, location), archives_ok()),
        http_options={"follow_redirects": follow},
    )
    with pytest.raises(np6.RedirectError) as caught:
        h.run(GET)
    assert len(h.requests) == 1
    assert caught.value.location == location
    assert caught.value.status_code == 302
    assert "not followed" in str(caught.value)
    assert str(httpx.URL("https://api-cm.np6.com/targets/000T1").join(location)) in str(
        caught.value
    )


def test_redirect_messages_hide_credentials_and_queries(kind: str) -> None:
    h = Harness(kind, lambda r: _redirect(301, "https://u:hunter2@evil.example/p?token=abc"))
    with pytest.raises(np6.RedirectError) as caught:
        h.run(GET)
    assert "https://evil.example/p" in str(caught.value)
    assert "hunter2" not in str(caught.value) and "token" not in str(caught.value)


@pytest.mark.parametrize("code", [301, 302, 303, 307, 308])
def test_same_origin_redirects_are_followed(kind: str, code: int) -> None:
    h = Harness(kind, sequence(_redirect(code, "/v2/targets/000T1/archives"), archives_ok()))
    archives = h.run(GET)
    assert archives[0].id == "a1"
    assert [str(r.url) for r in h.requests] == [
        "https://api-cm.np6.com/targets/000T1/archives",
        "https://api-cm.np6.com/v2/targets/000T1/archives",
    ]
    assert h.requests[1].headers["X-Key"] == KEY
    assert h.waits == []


@pytest.mark.parametrize(("code", "method", "body"), [(302, "GET", b""), (307, "PUT", CSV)])
def test_redirected_uploads_keep_their_body_only_on_307_308(
    kind: str, code: int, method: str, body: bytes
) -> None:
    h = Harness(kind, sequence(_redirect(code, "/imports/23/source2"), _upload_ok()))
    h.run(lambda c: c.imports.upload(23, io.BytesIO(CSV)))
    assert (h.requests[1].method, h.requests[1].content) == (method, body)


def test_redirect_loops_stop(kind: str) -> None:
    h = Harness(kind, lambda r: _redirect(302, str(r.url)))
    with pytest.raises(np6.RedirectError, match="more than 5 redirects"):
        h.run(GET)
    assert len(h.requests) == 6


@pytest.mark.parametrize("location", [None, "http://[bad"])
def test_a_redirect_without_a_usable_location_is_an_error(kind: str, location: str | None) -> None:
    headers = {"Location": location} if location else {}
    h = Harness(kind, lambda r: httpx.Response(302, headers=headers))
    with pytest.raises(np6.RedirectError, match="not followed") as caught:
        h.run(GET)
    assert caught.value.location == location
