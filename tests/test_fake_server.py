"""np6.testing.FakeNP6: state via the API, auth, limits, spec checks, faults, transports, server."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from np6_api.api.segment import add_segment_targets
from np6_api.client import Client as RawClient
from np6_api.models.error import Error

import np6
from np6.testing import FakeBug, FakeNP6, Result
from np6.testing.routes import HANDLERS

KEY = "test-key"
BASE = "https://api-cm.np6.com"


@pytest.fixture
def fake() -> FakeNP6:
    return FakeNP6(KEY)


@pytest.fixture
def client(fake: FakeNP6) -> Iterator[np6.Client]:
    # Pacing off: these tests look at single answers (a 429 would pause the next call for real).
    with np6.Client(
        api_key=KEY,
        max_retries=0,
        http_client=httpx.Client(transport=fake.transport()),
        pacing=False,
    ) as c:
        yield c


def raw_http(fake: FakeNP6) -> httpx.Client:
    return httpx.Client(transport=fake.transport(), base_url=BASE)


# ---------------------------------------------------------------------- state through the API
def test_targets_find_update_delete(fake: FakeNP6, client: np6.Client) -> None:
    stored = fake.add_target("000T1", unicity="FR12345", fields={"firstname": "Ada"})

    by_unicity = client.targets.find(unicity="FR12345")
    assert by_unicity.id == "000T1"
    assert client.targets.find(hash=stored["hash"]).id == "000T1"

    updated = client.targets.update({"unicity": "FR12345", "lastname": "Lovelace"})
    assert updated.id == "000T1"
    assert fake.targets["000T1"]["fields"] == {"firstname": "Ada", "lastname": "Lovelace"}

    created = client.targets.update({"firstname": "Alan"})
    assert created.id in fake.targets and created.id != "000T1"

    client.targets.delete("000T1")
    assert "000T1" not in fake.targets
    with pytest.raises(np6.NotFoundError):
        client.targets.find(unicity="FR12345")
    with pytest.raises(np6.NotFoundError):
        client.targets.delete("000T1")


def test_answers_in_the_documented_media_types(fake: FakeNP6) -> None:
    target = fake.add_target("000T1", unicity="U1")
    fake.add_archive(action="00000A", target="000T1")
    with raw_http(fake) as http:
        found = http.get("/targets", params={"hash": target["hash"]}, headers={"X-Key": KEY})
        archives = http.get("/targets/000T1/archives", headers={"X-Key": KEY})
    assert found.headers["content-type"] == "application/vnd.np6.experimental+json"
    assert "unicity" not in found.json()  # not a property of the spec's Target
    assert archives.headers["content-type"] == "application/vnd.np6.cm.mail.archive"
    assert int(archives.headers["content-length"]) == len(archives.content)


def test_segment_targets_add_count_and_clear(fake: FakeNP6, client: np6.Client) -> None:
    fake.add_target("000T1", unicity="FR1")
    seg = fake.add_segment(name="VIP")

    assert client.segments.add_targets_raw(seg, ["000T1", "000T2"]) == 2
    # Already members (by id, or by unicity value) are not counted again.
    assert client.segments.add_targets_raw(seg, ["FR1", "000T2", "000T3"]) == 1
    assert fake.segment_targets(seg) == ["000T1", "000T2", "000T3"]

    client.segments.normalize(seg, {34: ["FRA", "ESP"]})
    assert fake.normalizations == [(seg, {"34": ["FRA", "ESP"]})]

    client.segments.clear(seg)
    assert fake.segment_targets(seg) == []
    with pytest.raises(np6.NotFoundError):
        client.segments.add_targets_raw(seg + 1, ["000T1"])


def test_batched_add_targets_from_threads(fake: FakeNP6, client: np6.Client) -> None:
    seg = fake.add_segment()
    ids = [f"ID{i:05d}" for i in range(1_010)]

    result = client.segments.add_targets(seg, ids, concurrency=8)

    assert result.ok and result.added == 1_010 and result.chunks_sent == 21
    assert sorted(fake.segment_targets(seg)) == ids


def test_hits_by_identifier_with_window_and_sort(fake: FakeNP6, client: np6.Client) -> None:
    fake.add_target("000T1", unicity="U1")
    for ts in (3_000, 1_000, 2_000, 9_000):
        fake.add_hit("000T1", timestamp=ts, identity={"type": "mail"})

    hits = client.targets.hits(unicity="U1", start=1.5, end=5.0, sort="desc")
    assert [h.timestamp for h in hits] == [3_000, 2_000]
    assert [h.timestamp for h in client.targets.hits("000T1", sort="asc")] == [
        1_000, 2_000, 3_000, 9_000,
    ]  # fmt: skip
    with pytest.raises(np6.NotFoundError):
        client.targets.hits("nobody")


def test_archives_by_target_action_and_stamp(fake: FakeNP6, client: np6.Client) -> None:
    fake.add_target("000T1")
    old = datetime(2025, 1, 1, tzinfo=UTC)
    new = datetime(2026, 1, 1, tzinfo=UTC)
    fake.add_archive(action="00000A", target="000T1", sending_date=old, stamp="s-old")
    fake.add_archive(action="00000B", target="000T1", sending_date=new)

    assert len(client.archives.for_target("000T1")) == 2
    recent = client.archives.for_target("000T1", start=datetime(2025, 6, 1, tzinfo=UTC))
    assert [a.action for a in recent] == ["00000B"]
    assert [a.action for a in client.archives.for_action("00000A", "000T1")] == ["00000A"]
    assert [a.sending_date for a in client.archives.for_stamp("s-old")] == [old]


# ---------------------------------------------------------------------- auth, limits, routing
def test_wrong_or_missing_key_is_401(fake: FakeNP6) -> None:
    seg = fake.add_segment()
    bad = np6.Client(api_key="nope", http_client=httpx.Client(transport=fake.transport()))
    with pytest.raises(np6.AuthenticationError):
        bad.segments.add_targets_raw(seg, ["000T1"])
    with raw_http(fake) as http:
        response = http.delete(f"/segments/{seg}/targets")
    assert response.status_code == 401 and "X-Key" in response.json()["message"]
    assert fake.segment_targets(seg) == []


@pytest.mark.parametrize("validate", [True, False])
def test_more_than_50_ids_is_400(validate: bool) -> None:
    fake = FakeNP6(KEY, validate=validate)
    seg = fake.add_segment()
    raw = RawClient(base_url=BASE, headers={"X-Key": KEY}).set_httpx_client(
        httpx.Client(transport=fake.transport(), base_url=BASE, headers={"X-Key": KEY})
    )

    response = add_segment_targets.sync_detailed(seg, client=raw, body=[f"T{i}" for i in range(51)])

    assert response.status_code == 400
    assert isinstance(response.parsed, Error)
    assert fake.segment_targets(seg) == []
    ok = add_segment_targets.sync_detailed(seg, client=raw, body=[f"T{i}" for i in range(50)])
    assert ok.parsed == 50


def test_unknown_path_and_wrong_method(fake: FakeNP6) -> None:
    headers = {"X-Key": KEY}
    with raw_http(fake) as http:
        assert http.get("/nowhere", headers=headers).status_code == 404
        wrong = http.patch("/targets", json={}, headers=headers)
    assert wrong.status_code == 405 and "PUT" in wrong.headers["allow"]


def test_every_spec_operation_gets_a_deliberate_answer(fake: FakeNP6) -> None:
    # Placeholder arguments everywhere: whatever the operation, the answer is a documented error
    # or a success that passed the response check (a FakeBug would raise here); never a 501.
    fake.add_target("1")
    fake.add_segment(1)
    headers = {"X-Key": KEY, "Content-Type": "application/json"}
    for method, template in fake.spec.operations:
        path = "/".join("1" if p.startswith("{") else p for p in template.split("/"))
        body = b"{}" if method in ("PUT", "POST", "PATCH") else b""
        reply = fake.handle(method, path, headers, body)
        assert reply.status in (200, 201, 204, 400, 404, 409), (method, template, reply)
        assert "X-RateLimit-Remaining" in reply.headers


# ---------------------------------------------------------------------- spec validation
def test_request_breaking_the_spec_is_400_saying_why(fake: FakeNP6) -> None:
    seg = fake.add_segment()
    headers = {"X-Key": KEY}
    with raw_http(fake) as http:
        body = http.put(f"/segments/{seg}/targets", json={"ids": ["a"]}, headers=headers)
        sort = http.get("/targets/events/hits", params={"id": "x", "sort": "up"}, headers=headers)
        path = http.put("/segments/abc/targets", json=["a"], headers=headers)
    assert body.status_code == 400 and "is not of type 'array'" in body.json()["message"]
    assert sort.status_code == 400 and "sort" in sort.json()["message"]
    assert path.status_code == 400 and "id" in path.json()["message"]


def test_response_breaking_the_spec_is_a_loud_fake_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        HANDLERS, ("PUT", "/segments/{id}/targets"), lambda state, request: Result(200, "two")
    )
    fake = FakeNP6(KEY)
    seg = fake.add_segment()
    with raw_http(fake) as http, pytest.raises(FakeBug, match="breaks the spec"):
        http.put(f"/segments/{seg}/targets", json=["a"], headers={"X-Key": KEY})


# ---------------------------------------------------------------------- faults
def test_rate_limit_fault_answers_429_with_headers(fake: FakeNP6, client: np6.Client) -> None:
    seg = fake.add_segment()
    fake.faults.rate_limit(times=2, reset=7, retry_after=3)

    for _ in range(2):
        with pytest.raises(np6.RateLimitError) as caught:
            client.segments.add_targets_raw(seg, ["000T1"])
        headers = caught.value.response.headers
        assert headers["x-ratelimit-remaining"] == "0"
        assert headers["x-ratelimit-reset"] == "7"
        assert headers["x-ratelimit-limit"] == "1000000"
        assert caught.value.retry_after == 3.0
    assert fake.segment_targets(seg) == []  # refused requests do not run
    assert client.segments.add_targets_raw(seg, ["000T1"]) == 1
    assert client.rate_limit is not None and client.rate_limit.remaining is not None


def test_client_retries_through_injected_429s_and_503s(fake: FakeNP6) -> None:
    seg = fake.add_segment()
    fake.faults.rate_limit(times=1, reset=0)
    fake.faults.server_error(times=1, status=503, path="/segments")
    retrying = np6.Client(
        api_key=KEY,
        http_client=httpx.Client(transport=fake.transport()),
        retry_policy=np6.RetryPolicy(max_retries=3, initial_wait=0.0),
    )
    assert retrying.segments.add_targets_raw(seg, ["000T1"]) == 1
    assert fake.request_count == 3 and fake.faults.pending == 0


@pytest.mark.parametrize("status", [500, 503])
def test_server_error_fault(fake: FakeNP6, client: np6.Client, status: int) -> None:
    fake.add_target("000T1")
    fake.faults.server_error(times=1, status=status)
    with pytest.raises(np6.InternalServerError) as caught:
        client.targets.delete("000T1")
    assert caught.value.status_code == status
    assert "000T1" in fake.targets
    client.targets.delete("000T1")


@pytest.mark.parametrize("kind", ["html", "truncated", "empty"])
def test_malformed_bodies_are_invalid_responses(
    fake: FakeNP6, client: np6.Client, kind: Any
) -> None:
    fake.add_target("000T1", unicity="U1", fields={"a": "b" * 40})
    fake.faults.malformed(times=1, kind=kind)
    with pytest.raises(np6.InvalidResponseError) as caught:
        client.targets.find(unicity="U1")
    assert caught.value.status_code == 200
    assert client.targets.find(unicity="U1").id == "000T1"


def test_faults_can_target_a_path_and_method(fake: FakeNP6, client: np6.Client) -> None:
    fake.add_target("000T1", unicity="U1")
    seg = fake.add_segment()
    fake.faults.server_error(times=1, path="/targets", method="DELETE")
    assert client.segments.add_targets_raw(seg, ["000T1"]) == 1
    assert client.targets.find(unicity="U1").id == "000T1"
    with pytest.raises(np6.InternalServerError):
        client.targets.delete("000T1")


def test_latency_is_applied(fake: FakeNP6, client: np6.Client) -> None:
    seg = fake.add_segment()
    fake.faults.slow(0.05, path="/segments")
    start = time.monotonic()
    client.segments.add_targets_raw(seg, ["000T1"])
    assert time.monotonic() - start >= 0.05
    fake.faults.latency = 0.0
    start = time.monotonic()
    client.segments.add_targets_raw(seg, ["000T2"])
    assert time.monotonic() - start < 0.05


# ---------------------------------------------------------------------- bookkeeping
def test_request_log_is_bounded_and_can_be_off() -> None:
    fake = FakeNP6(KEY, validate=False, max_recorded=2)
    seg = fake.add_segment()
    with raw_http(fake) as http:
        for i in range(5):
            http.put(f"/segments/{seg}/targets", json=[f"T{i}"], headers={"X-Key": KEY})
    assert fake.request_count == 5
    assert [json.loads(r.body) for r in fake.requests] == [["T3"], ["T4"]]
    assert (
        fake.requests[-1].method == "PUT" and fake.requests[-1].path == f"/segments/{seg}/targets"
    )
    fake.record_requests = False
    fake.clear_requests()
    fake.handle("DELETE", f"/segments/{seg}/targets", {"X-Key": KEY})
    assert fake.request_count == 1 and not fake.requests


# ---------------------------------------------------------------------- async and real server
async def test_async_client_runs_concurrent_calls(fake: FakeNP6) -> None:
    seg = fake.add_segment()
    fake.faults.latency = 0.2
    async with np6.AsyncClient(
        api_key=KEY, http_client=httpx.AsyncClient(transport=fake.transport())
    ) as client:
        start = time.monotonic()
        added = await asyncio.gather(
            *(client.segments.add_targets_raw(seg, [f"T{i}"]) for i in range(10))
        )
        elapsed = time.monotonic() - start
    assert added == [1] * 10
    # Ten 200 ms calls overlapped instead of taking 2 s in a row (room for a loaded machine).
    assert elapsed < 1.0
    assert len(fake.segment_targets(seg)) == 10


async def test_real_server_with_both_clients(fake: FakeNP6) -> None:
    fake.add_target("000T1", unicity="U1")
    seg = fake.add_segment()
    with fake.serve() as base_url:
        assert base_url.startswith("http://127.0.0.1:")
        with np6.Client(api_key=KEY, base_url=base_url) as client:
            assert client.segments.add_targets_raw(seg, ["000T1", "U1", "000T2"]) == 2
            assert client.targets.find(unicity="U1").id == "000T1"
            with pytest.raises(np6.NotFoundError):
                client.targets.delete("nobody")
        async with np6.AsyncClient(api_key=KEY, base_url=base_url) as aclient:
            results = await asyncio.gather(
                *(aclient.segments.add_targets_raw(seg, [f"A{i}"]) for i in range(5))
            )
            assert results == [1] * 5
        async with httpx.AsyncClient(base_url=base_url) as http:
            first = await http.get("/targets/000T1/archives", headers={"X-Key": KEY})
            second = await http.get("/targets/000T1/archives", headers={"X-Key": "wrong"})
    assert first.http_version == "HTTP/1.1" and first.json() == []
    assert second.status_code == 401
    assert len(fake.segment_targets(seg)) == 7


def test_server_binds_loopback_only(fake: FakeNP6) -> None:
    with pytest.raises(ValueError, match="loopback"), fake.serve(host="0.0.0.0"):  # noqa: S104
        pass


def test_command_line_serves_until_stopped() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "np6.testing", "--port", "0", "--api-key", "k", "--seed-demo"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        url = line.split()[4]
        response = httpx.get(f"{url}/targets/000T001/archives", headers={"X-Key": "k"})
        assert response.status_code == 200 and len(response.json()) == 1
    finally:
        proc.terminate()
        proc.wait(timeout=5)
