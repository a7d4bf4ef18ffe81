"""The hand-written parts of the full-API resources: identifiers, dates, uploads, typed unions."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import httpx
import pytest
from np6_api.models import (
    DynamicSegmentResponse,
    SegmentationFeature,
    StaticSegment,
    StaticSegmentResponse,
)

import np6

from .test_client import make_client


def test_stops_take_exactly_one_identifier_and_flexible_dates() -> None:
    client, recorder, _ = make_client(lambda r: httpx.Response(200, json=[]))
    assert client.targets.stops(unicity=("FR", 12), start=0, sort="asc") == []
    params = recorder.requests[0].url.params
    assert recorder.requests[0].url.path == "/targets/events/responses/stop"
    assert params["unicity"] == "FR12"
    assert params["start"] == "1970-01-01T00:00:00+00:00"
    assert params["sort"] == "asc"
    for bad in ({}, {"id": "000T1", "hash": "h"}):
        with pytest.raises(ValueError, match="exactly one"):
            client.targets.stops(**bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="start"):
        client.targets.stops("000T1", start="not a date")
    assert len(recorder.requests) == 1  # refused calls send nothing


def test_red_lists_share_one_date_window() -> None:
    client, recorder, _ = make_client(lambda r: httpx.Response(204))
    client.targets.mail_red_list(start=dt.date(2026, 1, 1))
    client.targets.sms_red_list(end="2026-02-01T00:00:00Z")
    mail, sms = recorder.requests
    assert (mail.url.path, dict(mail.url.params)) == (
        "/targets/redlist/mail",
        {"startDate": "2026-01-01T00:00:00+00:00"},
    )
    assert (sms.url.path, dict(sms.url.params)) == (
        "/targets/redlist/sms",
        {"endDate": "2026-02-01T00:00:00+00:00"},
    )


def test_subscriptions_find_and_delete_by_identifier() -> None:
    client, recorder, _ = make_client(
        lambda r: httpx.Response(200, json=[]) if r.method == "GET" else httpx.Response(204)
    )
    assert client.subscriptions.find(hash="abc") == []
    client.subscriptions.delete_found(unicity=("a", "b"))
    get, delete = recorder.requests
    assert (get.method, get.url.path, dict(get.url.params)) == (
        "GET",
        "/targets/subscriptions",
        {"hash": "abc"},
    )
    assert (delete.method, dict(delete.url.params)) == ("DELETE", {"unicity": "ab"})
    with pytest.raises(ValueError, match="exactly one"):
        client.subscriptions.delete_found()
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("kind", ["bytes", "file", "path"])
def test_import_upload_sends_the_raw_file(kind: str, tmp_path: Path) -> None:
    client, recorder, _ = make_client(lambda r: httpx.Response(200, json={"type": "ftp"}))
    content = b"email;country\na@example.com;FR\n"
    path = tmp_path / "contacts.csv"
    path.write_bytes(content)
    data = {"bytes": content, "file": io.BytesIO(content), "path": path}[kind]
    source = client.imports.upload(23, data)
    assert source.type_ == "ftp"
    request = recorder.requests[0]
    assert (request.method, request.url.path) == ("PUT", "/imports/23/source")
    assert request.headers["Content-Type"] == "application/octet-stream"
    assert request.content == content


def test_import_upload_refuses_other_data() -> None:
    client, recorder, _ = make_client(lambda r: httpx.Response(200, json={}))
    with pytest.raises(TypeError, match="bytes, a binary file or a path"):
        client.imports.upload(23, "contacts.csv")  # type: ignore[arg-type]
    assert recorder.requests == []


def test_discriminated_unions_parse_to_their_variant() -> None:
    segments = [
        {"type": "static", "id": 41, "name": "s"},
        {"type": "dynamic", "id": 57, "name": "d", "parentId": 41},
    ]
    definition = {
        "id": 23,
        "name": "Import Contacts",
        "creationDate": "2023-03-01T10:00:00Z",
        "features": [{"type": "segmentation", "segmentId": 501, "emptyExisitingSegment": False}],
    }
    client, _, _ = make_client(
        lambda r: httpx.Response(200, json=segments if r.url.path == "/segments" else definition)
    )
    static, dynamic = client.segments.list()
    assert isinstance(static, StaticSegmentResponse) and isinstance(dynamic, DynamicSegmentResponse)
    assert dynamic.parent_id == 41
    (feature,) = client.imports.get(23).features
    assert isinstance(feature, SegmentationFeature) and feature.segment_id == 501


def test_body_models_are_sent_as_json() -> None:
    client, recorder, _ = make_client(
        lambda r: httpx.Response(200, json={"type": "static", "id": 59, "name": "new"})
    )
    body = StaticSegment.from_dict({"type": "static", "name": "new"})
    created = client.segments.create(body=body)
    assert created.id == 59
    assert json.loads(recorder.requests[0].content) == {"type": "static", "name": "new"}


@pytest.mark.parametrize(
    ("filename", "header"),
    [
        ("contacts.csv", 'attachment; filename="contacts.csv"'),
        (
            "liste été.csv",
            "attachment; filename=\"liste _t_.csv\"; filename*=UTF-8''liste%20%C3%A9t%C3%A9.csv",
        ),
    ],
)
def test_import_upload_sends_the_file_name(filename: str, header: str) -> None:
    client, recorder, _ = make_client(lambda r: httpx.Response(200, json={"type": "ftp"}))
    client.imports.upload(23, b"email\n", filename=filename)
    request = recorder.requests[0]
    assert request.headers["Content-Disposition"] == header
    assert request.content == b"email\n"
    client.imports.upload(23, b"email\n")
    assert "Content-Disposition" not in recorder.requests[1].headers


async def test_async_import_upload_sends_the_file_name() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"type": "ftp"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with np6.AsyncClient(api_key="k", http_client=http) as client:
        await client.imports.upload(23, b"x", filename="a.csv")
    assert seen[0].headers["Content-Disposition"] == 'attachment; filename="a.csv"'


@pytest.mark.parametrize("bad", ['a".csv', "a\r\nX-Evil: 1", "a\\b", "tab\t", "", "nul\x00"])
def test_import_upload_refuses_unsafe_file_names(bad: str) -> None:
    client, recorder, _ = make_client(lambda r: httpx.Response(200, json={}))
    with pytest.raises(ValueError, match="filename"):
        client.imports.upload(23, b"x", filename=bad)
    assert recorder.requests == []
