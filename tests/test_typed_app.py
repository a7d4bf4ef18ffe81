"""A small app as a user types it: mypy --strict (project config) and a run against the fake.

No `cast`, no `isinstance` on np6 results. What NP6 always returns is typed as present: target,
segment and action ids, segment names (the `...Response` schemas of openapi/np6.yaml: request
bodies keep the schemas without them). A field the reference does not show as always there stays
`X | Unset`, and the app handles it as a user would (`name or "unnamed"`): a category's name.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from np6.testing import FakeNP6

from .conftest import ROOT

APP = '''\
"""A small typed NP6 app: targets, segments, actions and categories."""

import np6
from np6_api.models import Action, ActionValidation, Category, StaticSegment


def run(client: np6.Client) -> list[str]:
    report: list[str] = []
    target = client.targets.get("000T1")
    report.append(f"target {target.id.upper()}")
    segment = client.segments.create(body=StaticSegment(name="VIP"))
    client.segments.add_targets(segment.id, [target.id])
    report.append(f"segment {segment.id + 0} {segment.name.title()}")
    category = client.categories.create(body=Category(name="Newsletters"))
    report += [f"category {(c.name or 'unnamed').title()}" for c in client.categories.list()]
    action = client.actions.create(body=Action(type_="mailMessage", name="Welcome"))
    test = ActionValidation(fortest=True, test_segments=[segment.id])
    client.actions.validate(action.id, body=test)
    tested = client.actions.wait_for_test(action.id, poll=5.0, timeout=600.0)
    report.append(f"action {tested.id.upper()} {tested.name} tested in {category.name}")
    return report
'''


def write_app(tmp_path: Path) -> Path:
    path = tmp_path / "typed_app.py"
    path.write_text(APP)
    return path


def test_the_app_has_no_cast_or_isinstance() -> None:
    assert "cast" not in APP and "isinstance" not in APP and "type: ignore" not in APP


def test_the_app_runs_against_the_fake(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("typed_app", write_app(tmp_path))
    assert spec is not None and spec.loader is not None
    app = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(app)
    fake = FakeNP6()
    fake.add_target("000T1")
    with fake.client(max_retries=0) as client:
        report = app.run(client)
    assert report[0] == "target 000T1"
    assert "category Newsletters" in report
    assert report[-1].endswith("Welcome tested in Newsletters")


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    app = write_app(tmp_path_factory.mktemp("app"))
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "pyproject.toml", str(app)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert "Success" in run.stdout or ": error:" in run.stdout, run.stdout + run.stderr
    return [line for line in run.stdout.splitlines() if ": error:" in line]


def test_the_app_passes_mypy_strict(mypy_errors: list[str]) -> None:
    # An `Unset` id, segments.create typed as `object`, a missing model or a wrong signature
    # would each show here.
    assert mypy_errors == []


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        ("Target", {"id"}),
        ("ActionResponse", {"id"}),
        ("StaticSegmentResponse", {"id", "name"}),
        ("DynamicSegmentResponse", {"id", "name"}),
        ("ActionEvent", {"id", "timestamp"}),
        ("HitEvent", {"id", "timestamp"}),
        ("Archive", {"id", "sending_date", "expires_on"}),
        ("PressureTopic", {"id", "label"}),
        ("NotifiableApplicationResponse", {"id", "name"}),
        ("ImportDefinitionResponse", {"id", "name", "creation_date"}),
    ],
)
def test_what_the_reference_always_shows_is_required(model: str, fields: set[str]) -> None:
    import attrs
    import np6_api.models

    # Evidence in openapi/np6.yaml: no default means `str`, not `str | Unset`, for mypy.
    cls = getattr(np6_api.models, model)
    assert {f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING} == fields


def test_request_bodies_need_no_id() -> None:
    from np6_api.models import Action, StaticSegment

    assert StaticSegment(name="VIP").to_dict() == {"type": "static", "name": "VIP"}
    assert Action(type_="mailMessage", name="Welcome").to_dict() == {
        "type": "mailMessage",
        "name": "Welcome",
    }


@pytest.mark.parametrize("missing", ["id", "name"])
def test_a_segment_answer_without_its_id_or_name_is_an_invalid_response(missing: str) -> None:
    import httpx

    import np6

    segment = {"type": "static", "id": 7, "name": "VIP"}
    del segment[missing]
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=segment)))
    client = np6.Client(api_key="k", http_client=http, max_retries=0)
    with pytest.raises(np6.InvalidResponseError, match=f"{missing}: required field missing"):
        client.segments.get(7)
