"""The generated low-level client sends what the spec documents and parses its examples."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from types import ModuleType
from typing import Any

import httpx
import pytest
from np6_api import Client as RawClient
from np6_api.api.archives import (
    list_action_target_archives,
    list_stamp_archives,
    list_target_archives,
)
from np6_api.api.contact import delete_target, find_target, list_target_hits, update_target
from np6_api.api.email_sms import export_action_clicks, export_action_opens, render_action_links
from np6_api.api.segment import add_segment_targets, clear_segment_targets, normalize_segment
from np6_api.models import (
    Archive,
    BounceType,
    HitEvent,
    NormalizationRequest,
    NormalizationRequestFields,
    RenderLinksRequest,
    RenderLinksResult,
    SortOrder,
    Target,
    UpdateTargetBody,
)

from .conftest import ROOT, Recorder, operations

T0 = dt.datetime(2019, 8, 24, 14, 15, 22, tzinfo=dt.UTC)

# module, call arguments, expected method, path, query, JSON body, response status
CASES: list[tuple[ModuleType, tuple[Any, ...], dict[str, Any], str, str, dict[str, Any], Any]] = [
    (delete_target, ("000T1",), {}, "DELETE", "/targets/000T1", {}, None),
    (
        find_target,
        (),
        {"hash_": "h1", "unicity": ["FR12345"]},
        "GET",
        "/targets",
        {"hash": ["h1"], "unicity": ["FR12345"]},
        None,
    ),
    (
        update_target,
        (),
        {"body": UpdateTargetBody.from_dict({"email": "a@b.c"})},
        "PUT",
        "/targets",
        {},
        {"email": "a@b.c"},
    ),
    (
        list_target_hits,
        (),
        {"unicity": "FR1", "start": T0, "sort": SortOrder.DESC, "classification": "mpp,gsr"},
        "GET",
        "/targets/events/hits",
        {
            "unicity": ["FR1"],
            "start": ["2019-08-24T14:15:22+00:00"],
            "sort": ["desc"],
            "classification": ["mpp,gsr"],
        },
        None,
    ),
    (
        export_action_opens,
        ("00000A",),
        {},
        "GET",
        "/actions/00000A/export/tracking/opens",
        {},
        None,
    ),
    (
        export_action_clicks,
        ("00000A",),
        {},
        "GET",
        "/actions/00000A/export/tracking/clicks",
        {},
        None,
    ),
    (
        render_action_links,
        ("00000A",),
        {"body": RenderLinksRequest.from_dict({"context": {"display": 4}})},
        "POST",
        "/actions/00000A/render/links",
        {},
        {"context": {"display": 4}},
    ),
    (
        list_action_target_archives,
        ("00000A", "000T123"),
        {"start_date": T0},
        "GET",
        "/actions/00000A/targets/000T123/archives",
        {"startDate": ["2019-08-24T14:15:22+00:00"]},
        None,
    ),
    (list_stamp_archives, ("s-1",), {}, "GET", "/actions/stamp/s-1/archives", {}, None),
    (
        list_target_archives,
        ("000T123",),
        {"end_date": T0},
        "GET",
        "/targets/000T123/archives",
        {"endDate": ["2019-08-24T14:15:22+00:00"]},
        None,
    ),
    (
        add_segment_targets,
        (42,),
        {"body": ["000PKXK4", "000PKXK5"]},
        "PUT",
        "/segments/42/targets",
        {},
        ["000PKXK4", "000PKXK5"],
    ),
    (clear_segment_targets, (42,), {}, "DELETE", "/segments/42/targets", {}, None),
    (
        normalize_segment,
        (42,),
        {
            "body": NormalizationRequest(
                fields=NormalizationRequestFields.from_dict({"34": ["FRA", "ESP"]})
            )
        },
        "POST",
        "/segments/42/normalization",
        {},
        {"fields": {"34": ["FRA", "ESP"]}},
    ),
]

EXPECTED_TYPES: dict[str, Any] = {
    "findTarget": Target,
    "updateTarget": Target,
    "listTargetHits": list,
    "renderActionLinks": RenderLinksResult,
    "listActionTargetArchives": list,
    "listStampArchives": list,
    "listTargetArchives": list,
    "addSegmentTargets": int,
}


def _success(spec: dict[str, Any], method: str, path: str) -> tuple[int, str | None, Any]:
    op = spec["paths"][path][method.lower()]
    code = next(c for c in op["responses"] if str(c).startswith("2"))
    content = op["responses"][code].get("content")
    if not content:
        return int(code), None, None
    media, body = next(iter(content.items()))
    return int(code), media, body["example"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c[0].__name__.rsplit(".", 1)[1])
def test_seed_operation_round_trip(spec: dict[str, Any], case: Any) -> None:
    module, args, kwargs, method, path, query, body = case
    template = next(p for m, p, _ in operations(spec) if m == method and _matches(p, path))
    status, media, example = _success(spec, method, template)

    def answer(request: httpx.Request) -> httpx.Response:
        if media is None:
            return httpx.Response(status)
        content = json.dumps(example).encode()
        return httpx.Response(status, content=content, headers={"Content-Type": media})

    recorder = Recorder(answer)
    raw = RawClient(base_url="https://api-cm.np6.com", raise_on_unexpected_status=True)
    raw.set_httpx_client(
        httpx.Client(base_url="https://api-cm.np6.com", transport=httpx.MockTransport(recorder))
    )
    response = module.sync_detailed(*args, client=raw, **kwargs)

    (sent,) = recorder.requests
    assert sent.method == method
    assert sent.url.path == path
    assert {k: sent.url.params.get_list(k) for k in sent.url.params} == query
    if body is None:
        assert sent.content == b""
    else:
        assert json.loads(sent.content) == body
        assert sent.headers["Content-Type"] == "application/json"
    assert response.status_code == status
    op_id = spec["paths"][template][method.lower()]["operationId"]
    if example is None:
        assert response.parsed is None
    else:
        assert isinstance(response.parsed, EXPECTED_TYPES[op_id])
        parsed = response.parsed
        # Parsing loses nothing: models serialise back to the documented example.
        if isinstance(parsed, list):
            assert _same([item.to_dict() for item in parsed]) == _same(example)
        elif hasattr(parsed, "to_dict"):
            assert _same(parsed.to_dict()) == _same(example)
        else:
            assert parsed == example


_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")


def _same(value: Any) -> Any:
    """Compare date-times as instants: "...Z" and "...+00:00" are the same value."""
    if isinstance(value, dict):
        return {k: _same(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_same(v) for v in value]
    if isinstance(value, str) and _ISO.match(value):
        return dt.datetime.fromisoformat(value)
    return value


def _matches(template: str, path: str) -> bool:
    t, p = template.strip("/").split("/"), path.strip("/").split("/")
    return len(t) == len(p) and all(a == b or a.startswith("{") for a, b in zip(t, p, strict=True))


def test_every_seed_operation_is_exercised(spec: dict[str, Any]) -> None:
    tested = {c[0].__name__.rsplit(".", 1)[1] for c in CASES}
    seeds = {
        "deleteTarget", "findTarget", "updateTarget", "listTargetHits", "exportActionOpens",
        "exportActionClicks", "renderActionLinks", "listActionTargetArchives", "listStampArchives",
        "listTargetArchives", "addSegmentTargets", "clearSegmentTargets", "normalizeSegment",
    }  # fmt: skip
    from openapi_python_client.strings import snake_case

    assert {snake_case(s) for s in seeds} == tested


def test_archive_media_type_parses_to_models(spec: dict[str, Any]) -> None:
    _, media, example = _success(spec, "GET", "/targets/{id}/archives")
    assert media == "application/vnd.np6.cm.mail.archive"
    response = httpx.Response(200, json=example, headers={"Content-Type": media})
    parsed = list_target_archives._parse_response(client=RawClient(base_url="x"), response=response)
    assert isinstance(parsed, list) and all(isinstance(a, Archive) for a in parsed)
    assert parsed[0].sending_date == dt.datetime(2026, 2, 5, 9, 27, 59, 865000, tzinfo=dt.UTC)


def test_enum_field_parses_to_its_enum_type() -> None:
    target = Target.from_dict({"id": "000T1", "bounce": [{"type": "HardUser", "field": 3}]})
    assert target.bounce[0].type_ is BounceType.HARD_USER
    assert BounceType("Validé") is BounceType.VALIDE


def test_hit_event_keeps_unknown_discriminated_objects() -> None:
    event = HitEvent.from_dict(
        {
            "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
            "timestamp": 1623673176622,
            "identity": {"type": "mail", "x": 1},
        }
    )
    assert event.identity.type_ == "mail"
    assert event.identity.additional_properties == {"x": 1}


def test_unknown_enum_value_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="'HardNew' is not a valid BounceType"):
        Target.from_dict({"id": "000T1", "bounce": [{"type": "HardNew"}]})


def test_generated_code_matches_the_spec() -> None:
    """The drift check: regenerating from openapi/np6.yaml changes nothing in generated/."""
    result = subprocess.run(
        ["make", "--no-print-directory", "check-generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
