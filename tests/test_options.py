"""client.with_options(...) and the client.request(...) escape hatch, on both clients."""

from __future__ import annotations

import io
from typing import Any

import httpx
import pytest

import np6

from .clients import KEY, Harness, archives_ok, kind, sequence

__all__ = ["kind"]


def test_with_options_shares_the_pool_and_changes_only_what_it_says(kind: str) -> None:
    h = Harness(kind, sequence(httpx.Response(503), archives_ok()))
    base = h.client
    assert base.archives._client is base  # cached before deriving
    other = base.with_options(
        timeout=120, max_retries=0, headers={"Accept": "application/vnd.mperf.v8.message"}
    )
    assert type(other) is type(base)
    assert other._http is base._http
    assert (other.timeout.read, other.max_retries) == (120, 0)
    assert (base.timeout.read, base.max_retries) == (30, 3)
    with pytest.raises(np6.InternalServerError):  # max_retries=0: the 503 is final
        h.run(lambda c: other.archives.for_target("000T1"))
    sent = h.requests[0]
    assert sent.headers["Accept"] == "application/vnd.mperf.v8.message"
    assert sent.headers["X-Key"] == KEY
    assert sent.extensions["timeout"]["read"] == 120
    assert other.archives is not base.archives and other.archives._client is other
    h.run(lambda c: base.archives.for_target("000T1"))
    assert "Accept" not in h.requests[1].headers or "mperf" not in h.requests[1].headers["Accept"]


def test_closing_a_derived_client_leaves_the_pool_open(kind: str) -> None:
    h = Harness(kind, lambda r: archives_ok())
    h.run(lambda c: c.with_options(max_retries=1).close())
    assert not h.client._http.is_closed
    h.run(lambda c: c.close())
    assert h.client._http.is_closed is False  # an injected pool is the caller's to close


@pytest.mark.parametrize(
    ("headers", "error"),
    [({"X-Key": "other"}, ValueError), ({"A": "b\r\nX: y"}, ValueError), ({"A": 1}, TypeError)],
)
def test_with_options_refuses_bad_headers(headers: dict[str, Any], error: type[Exception]) -> None:
    client = np6.Client(api_key=KEY)
    with pytest.raises(error):
        client.with_options(headers=headers)
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)


def test_request_returns_parsed_json_with_auth_params_and_body(kind: str) -> None:
    h = Harness(kind, lambda r: httpx.Response(200, json={"id": 5, "name": "Clients"}))
    result = h.run(
        lambda c: c.request(
            "post", "/categories", params={"type": "segment"}, json={"name": "Clients"}
        )
    )
    assert result == {"id": 5, "name": "Clients"}
    sent = h.requests[0]
    assert (sent.method, str(sent.url)) == (
        "POST",
        "https://api-cm.np6.com/categories?type=segment",
    )
    assert sent.headers["X-Key"] == KEY
    assert sent.content == b'{"name":"Clients"}'


def test_request_raw_returns_the_response_and_empty_bodies_are_none(kind: str) -> None:
    h = Harness(kind, lambda r: httpx.Response(204))
    assert h.run(lambda c: c.request("DELETE", "/categories/5")) is None
    response = h.run(lambda c: c.request("GET", "/categories/5", raw=True))
    assert isinstance(response, httpx.Response) and response.status_code == 204


def test_request_goes_through_retries_and_errors(kind: str) -> None:
    h = Harness(kind, sequence(httpx.Response(503), httpx.Response(404, json={"m": "no"})))
    with pytest.raises(np6.NotFoundError) as caught:
        h.run(lambda c: c.request("GET", "/groups/9"))
    assert caught.value.body == {"m": "no"}
    assert len(h.requests) == 2


def test_request_uploads_replay_on_retry(kind: str) -> None:
    h = Harness(kind, sequence(httpx.Response(503), httpx.Response(200, json=[])))
    body = io.BytesIO(b"a;b\n1;2\n")
    assert h.run(lambda c: c.request("PUT", "/imports/3/source", content=body)) == []
    assert [r.content for r in h.requests] == [b"a;b\n1;2\n"] * 2


def test_request_bad_json_is_an_invalid_response(kind: str) -> None:
    h = Harness(kind, lambda r: httpx.Response(200, content=b"[" * 100_000))
    with pytest.raises(np6.InvalidResponseError, match=r"client\.request"):
        h.run(lambda c: c.request("GET", "/x"))


@pytest.mark.parametrize(
    ("method", "path", "options"),
    [
        ("GET", "https://evil.example/x", {}),
        ("GET", "@evil.example/x", {}),
        ("GET", "targets", {}),
        ("GET", "/targets/.", {}),
        ("GET", "/targets/%2e%2e/x", {}),
        ("GET", "/targets//x", {}),
        ("GET", "/targets?unicity=1", {}),
        ("GET", "/a b", {}),
        ("FETCH", "/x", {}),
        ("POST", "/x", {"json": {}, "content": b"x"}),
        ("GET", "/x", {"headers": {"X-Key": "other"}}),
    ],
)
def test_request_refuses_what_could_leave_np6_or_change_the_resource(
    kind: str, method: str, path: str, options: dict[str, Any]
) -> None:
    h = Harness(kind, lambda r: httpx.Response(204))
    with pytest.raises(ValueError):  # noqa: PT011 (the messages differ; nothing is sent)
        h.run(lambda c: c.request(method, path, **options))
    assert h.requests == []
