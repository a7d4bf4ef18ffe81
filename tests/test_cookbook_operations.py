"""The operations from NP6's example scripts (x-np6-source: cookbook), through np6.Client and
np6.AsyncClient on the fake: the request each method sends, and what the fake then holds."""

from __future__ import annotations

import json
from typing import Any

import pytest

import np6
from np6.testing import FakeNP6


@pytest.fixture
def fake() -> FakeNP6:
    fake = FakeNP6(api_key="k")
    fake.add_target("000T1", unicity="U1")
    fake.add_segment(7, "Newsletter")
    fake.add_field(3, "email")
    return fake


def sent(fake: FakeNP6) -> list[tuple[str, str, str, Any]]:
    return [
        (r.method, r.path, r.query, json.loads(r.body) if r.body else None) for r in fake.requests
    ]


def test_targets_create_and_one_target_membership(fake: FakeNP6) -> None:
    with fake.client() as client:
        created = client.targets.create(unicity="U9", body={"3": "ada@example.com"})
        client.targets.add_to_segment("000T1", 7)
        assert [s.id for s in client.targets.segments("000T1")] == [7]
        # The same members as the 8.1.0 segment listing.
        assert "000T1" in json.dumps(fake.segment_targets(7))
        client.targets.remove_from_segment("000T1", 7)
        assert client.targets.segments("000T1") == []
    assert created.id in fake.targets
    assert fake.targets[created.id]["fields"] == {"3": "ada@example.com"}
    assert sent(fake) == [
        ("POST", "/targets", "unicity=U9", {"3": "ada@example.com"}),
        ("POST", "/targets/000T1/segments/7", "", None),
        ("GET", "/targets/000T1/segments", "", None),
        ("DELETE", "/targets/000T1/segments/7", "", None),
        ("GET", "/targets/000T1/segments", "", None),
    ]


def test_segment_get_and_field_get_update_delete(fake: FakeNP6) -> None:
    with fake.client() as client:
        assert client.segments.get(7).name == "Newsletter"
        assert client.fields.get(3).name == "email"
        assert client.fields.update(3, body={"name": "mail"}).name == "mail"
        assert client.fields.delete(3) is None
        with pytest.raises(np6.NotFoundError):
            client.fields.get(3)
    assert sent(fake)[:4] == [
        ("GET", "/segments/7", "", None),
        ("GET", "/fields/3", "", None),
        ("PUT", "/fields/3", "", {"name": "mail"}),
        ("DELETE", "/fields/3", "", None),
    ]


async def test_async_cookbook_operations(fake: FakeNP6) -> None:
    async with fake.async_client() as client:
        created = await client.targets.create(unicity="U9", body={"3": "x@y.z"})
        await client.targets.add_to_segment(created.id, 7)
        assert [s.id for s in await client.targets.segments(created.id)] == [7]
        await client.targets.remove_from_segment(created.id, 7)
        assert (await client.segments.get(7)).name == "Newsletter"
        assert (await client.fields.update(3, body={"name": "mail"})).name == "mail"
        assert (await client.fields.get(3)).name == "mail"
        await client.fields.delete(3)
    assert [(m, p, q) for m, p, q, _ in sent(fake)] == [
        ("POST", "/targets", "unicity=U9"),
        ("POST", f"/targets/{created.id}/segments/7", ""),
        ("GET", f"/targets/{created.id}/segments", ""),
        ("DELETE", f"/targets/{created.id}/segments/7", ""),
        ("GET", "/segments/7", ""),
        ("PUT", "/fields/3", ""),
        ("GET", "/fields/3", ""),
        ("DELETE", "/fields/3", ""),
    ]


def test_import_format_and_action_exports(fake: FakeNP6) -> None:
    columns = {"name": "contacts.csv", "columns": [{"fieldId": 3}]}
    with fake.client() as client:
        created = client.imports.create_format(body=columns)
        assert created["name"] == "contacts.csv"
        assert client.actions.export_recipients("000A1") is None
        client.actions.export_bounces("000A1")
        client.actions.export_complaints("000A1")
        client.actions.export_unsubscribes("000A1")
    assert len(fake.import_formats) == 1
    assert sent(fake) == [
        ("POST", "/importFormats", "", columns),
        ("GET", "/actions/000A1/export/recipients", "", None),
        ("GET", "/actions/000A1/export/feedback/bounces", "", None),
        ("GET", "/actions/000A1/export/feedback/complaints", "", None),
        ("GET", "/actions/000A1/export/feedback/unsubscribes", "", None),
    ]


async def test_async_import_format_and_action_exports(fake: FakeNP6) -> None:
    async with fake.async_client() as client:
        await client.imports.create_format(body={"name": "f"})
        assert await client.actions.export_recipients("000A1") is None
        await client.actions.export_unsubscribes("000A1")
    assert [(m, p) for m, p, _, _ in sent(fake)] == [
        ("POST", "/importFormats"),
        ("GET", "/actions/000A1/export/recipients"),
        ("GET", "/actions/000A1/export/feedback/unsubscribes"),
    ]
