"""np6.Client / np6.AsyncClient: configuration, errors, retries and safety (httpx MockTransport)."""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from np6_api.models import Target

import np6
from np6._retry import RetryPolicy

from .clients import KEY, archives_ok, sequence
from .conftest import Recorder

ARCHIVE = [{"id": "a1", "action": "00000A", "target": "000T1"}]


def make_client(
    answer: Callable[[httpx.Request], httpx.Response], **options: Any
) -> tuple[np6.Client, Recorder, list[float]]:
    recorder = Recorder(answer)
    client = np6.Client(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **options
    )
    waits: list[float] = []
    client._sleep = waits.append
    return client, recorder, waits


# --------------------------------------------------------------------------- configuration


def test_missing_key_names_both_ways_to_give_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    with pytest.raises(np6.NP6Error, match=r"api_key=.*NP6_API_KEY"):
        np6.Client()
    with pytest.raises(np6.NP6Error, match="NP6_API_KEY"):
        np6.AsyncClient()


def test_key_from_environment_is_sent_as_x_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NP6_API_KEY", "env-key")
    recorder = Recorder(lambda r: archives_ok())
    client = np6.Client(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client.archives.for_stamp("s1")
    assert recorder.requests[0].headers["X-Key"] == "env-key"
    assert recorder.requests[0].url == "https://api-cm.np6.com/actions/stamp/s1/archives"


def test_key_with_control_characters_is_refused() -> None:
    with pytest.raises(np6.NP6Error, match="control characters"):
        np6.Client(api_key="abc\r\nX-Injected: 1")


def test_base_url_and_wrong_http_client_type() -> None:
    client, recorder, _ = make_client(lambda r: archives_ok(), base_url="http://127.0.0.1:9/np6/")
    client.archives.for_stamp("s1")
    assert str(recorder.requests[0].url) == "http://127.0.0.1:9/np6/actions/stamp/s1/archives"
    with pytest.raises(TypeError, match=r"httpx\.Client"):
        np6.Client(api_key=KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]


@pytest.mark.parametrize("key", ["clé-secrète", "abc def", "k\u200bey"])
def test_non_ascii_or_spaced_keys_are_refused_at_construction(key: str) -> None:
    with pytest.raises(np6.NP6Error, match="visible ASCII") as caught:
        np6.Client(api_key=key)
    assert key not in str(caught.value)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("api-cm.np6.com", "http\\(s\\) URL with a host"),
        ("ftp://api-cm.np6.com", "http\\(s\\) URL with a host"),
        ("https://user:hunter2@api-cm.np6.com", "credentials"),
        ("https://api-cm.np6.com/?key=1", "query"),
        ("https://api-cm.np6.com/#top", "fragment"),
        ("http://api-cm.np6.com", "plain http"),
        ("http://10.0.0.8:8080", "plain http"),
    ],
)
def test_bad_base_urls_are_refused(url: str, why: str) -> None:
    with pytest.raises(np6.NP6Error, match=why) as caught:
        np6.Client(api_key=KEY, base_url=url)
    assert "hunter2" not in str(caught.value) and "user" not in str(caught.value)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:9", "https://np6.example"]
)
def test_loopback_http_and_any_https_base_url_are_fine(url: str) -> None:
    assert np6.Client(api_key=KEY, base_url=url).base_url == url


def test_plain_http_elsewhere_needs_an_explicit_opt_in() -> None:
    client = np6.Client(api_key=KEY, base_url="http://np6.lan/", allow_insecure_http=True)
    assert client.base_url == "http://np6.lan"


def test_tls_verification_is_on_by_default() -> None:
    with np6.Client(api_key=KEY) as client:
        pool = client._http._transport._pool  # type: ignore[attr-defined]
        assert pool._ssl_context.verify_mode == ssl.CERT_REQUIRED
        assert pool._ssl_context.check_hostname is True


def test_context_manager_closes_only_its_own_pool() -> None:
    with np6.Client(api_key=KEY) as owned:
        pass
    assert owned._http.is_closed
    mine = httpx.Client(transport=httpx.MockTransport(lambda r: archives_ok()))
    with np6.Client(api_key=KEY, http_client=mine):
        pass
    assert not mine.is_closed


# --------------------------------------------------------------------------- errors


def test_non_json_error_body_is_kept_as_text() -> None:
    client, _, _ = make_client(lambda r: httpx.Response(404, text="<h1>Not here</h1>"))
    with pytest.raises(np6.NotFoundError) as caught:
        client.targets.delete("000T1")
    assert caught.value.body == "<h1>Not here</h1>"


@pytest.mark.parametrize(
    ("content", "media", "shown"),
    [
        (b"<html><body>Maintenance</body></html>", "text/html", "Maintenance"),
        (b'[{"id": "a1", "act', "application/vnd.np6.cm.mail.archive", '{"id": "a1"'),
        (b"", "application/json", "(empty)"),
    ],
    ids=["html", "truncated", "empty"],
)
def test_bodies_that_are_not_json_raise_invalid_response(
    content: bytes, media: str, shown: str
) -> None:
    client, _, _ = make_client(
        lambda r: httpx.Response(200, content=content, headers={"Content-Type": media})
    )
    with pytest.raises(np6.InvalidResponseError) as caught:
        client.archives.for_target("000T1")
    assert shown in str(caught.value)
    assert "archives.for_target" in str(caught.value)
    assert caught.value.status_code == 200


def test_documented_success_parses_to_models() -> None:
    client, _, _ = make_client(lambda r: httpx.Response(200, json={"id": "000T1", "fields": {}}))
    target = client.targets.update({"email": "x@y.z"})
    assert isinstance(target, Target)
    assert target.id == "000T1"


# --------------------------------------------------------------------------- retries
# The retry table runs on both clients in tests/test_send.py.


def test_backoff_is_exponential_capped_and_jittered() -> None:
    top = RetryPolicy(jitter=lambda: 0.0)
    assert [top.backoff(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    low = RetryPolicy(jitter=lambda: 1.0)
    assert low.backoff(2) == 1.5
    with pytest.raises(ValueError, match="max_retries"):
        np6.Client(api_key=KEY, max_retries=-1)


# --------------------------------------------------------------------------- safety


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ("../x", ValueError),
        ("a/b", ValueError),
        ("a\\b", ValueError),
        ("", ValueError),
        ("   ", ValueError),
        ("a\x00b", ValueError),
        ("line\nbreak", ValueError),
        (None, TypeError),
        (3.5, TypeError),
        (True, TypeError),
    ],
)
def test_bad_path_parameters_are_refused_before_sending(bad: Any, error: type[Exception]) -> None:
    client, recorder, _ = make_client(lambda r: httpx.Response(204))
    with pytest.raises(error, match=r"id|target_id"):
        client.targets.delete(bad)
    with pytest.raises(error):
        client.archives.for_action("00000A", bad)
    assert recorder.requests == []


def test_ids_are_url_quoted() -> None:
    client, recorder, _ = make_client(lambda r: archives_ok())
    client.archives.for_stamp("a b?c#d")
    assert recorder.requests[0].url.raw_path == b"/actions/stamp/a%20b%3Fc%23d/archives"


def test_the_key_never_leaks(caplog: pytest.LogCaptureFixture) -> None:
    client, _, _ = make_client(
        sequence(
            httpx.Response(503, json={"error": "down"}), httpx.Response(401, json={"e": "bad key"})
        )
    )
    assert KEY not in repr(client)
    assert KEY not in repr(client.targets)
    with caplog.at_level(logging.DEBUG), pytest.raises(np6.AuthenticationError) as caught:
        client.targets.delete("000T1")
    rendered = "".join(traceback.format_exception(caught.value))
    assert KEY not in rendered
    assert KEY not in str(caught.value)
    assert KEY not in repr(caught.value)
    assert all(KEY not in r.getMessage() for r in caplog.records)
    with pytest.raises(np6.NP6Error) as missing:
        np6.Client(api_key="bad key")
    assert "bad key" not in str(missing.value)


# --------------------------------------------------------------------------- async


async def test_async_client_same_surface_and_concurrency() -> None:
    in_flight = 0
    peak = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return archives_ok()

    async with np6.AsyncClient(
        api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer))
    ) as client:
        results = await asyncio.gather(*(client.archives.for_stamp(f"s{i}") for i in range(20)))
    assert all(r[0].id == "a1" for r in results)
    assert peak == 20


async def test_async_retries_use_the_async_sleep() -> None:
    answers = sequence(httpx.Response(429, headers={"Retry-After": "1"}), archives_ok())
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    client = np6.AsyncClient(
        api_key=KEY,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(answers)),
        retry_policy=np6.RetryPolicy(jitter=lambda: 0.0),
    )
    client._sleep = fake_sleep
    archives = await client.archives.for_target("000T1", start="2026-01-01T00:00:00Z")
    assert archives[0].id == "a1"
    # The pacer waits (on real monotonic time here): until 1 s after the 429 was observed.
    assert waits == [pytest.approx(1.0, abs=0.05)]


async def test_async_errors_and_bad_input() -> None:
    recorder = Recorder(lambda r: httpx.Response(404, json={"m": 1}))
    client = np6.AsyncClient(
        api_key=KEY, http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    )
    with pytest.raises(np6.NotFoundError):
        await client.targets.delete("000T1")
    with pytest.raises(ValueError, match="must not contain"):
        await client.targets.delete("../etc")
    assert len(recorder.requests) == 1


def test_async_client_rejects_a_sync_http_client() -> None:
    with pytest.raises(TypeError, match=r"httpx\.AsyncClient"):
        np6.AsyncClient(api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_request_bodies_are_json() -> None:
    client, recorder, _ = make_client(lambda r: httpx.Response(204))
    client.segments.normalize(7, {34: ["FRA", "ESP"]})
    assert json.loads(recorder.requests[0].content) == {"fields": {"34": ["FRA", "ESP"]}}
