"""Request parameters: added, removed, renamed, moved, and their schemas and serialization."""

from __future__ import annotations

from pathlib import Path

import pytest

from .spec_diff_support import (
    PUT,
    Expected,
    Mutation,
    Spec,
    case_registry,
    op,
    param,
    run_case,
)

CASES, case = case_registry()


@case(
    ("np6-argument-removed", "breaking", PUT, "query.mode"),
    ("request-parameter-removed", "warning", PUT, "query.mode"),
)
def parameter_removed(s: Spec) -> None:
    op(s, "/segments/{id}/targets", "put")["parameters"].remove(param(s, "mode"))


@case(("new-required-request-parameter", "breaking", PUT, "query.listId"))
def parameter_added_required(s: Spec) -> None:
    new = {"name": "listId", "in": "query", "required": True, "schema": {"type": "integer"}}
    op(s, "/segments/{id}/targets", "put")["parameters"].append(new)


@case(("new-optional-request-parameter", "info", PUT, "query.dryRun"))
def parameter_added_optional(s: Spec) -> None:
    new = {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}
    op(s, "/segments/{id}/targets", "put")["parameters"].append(new)


@case(("request-parameter-became-required", "breaking", PUT, "query.unicity"))
def parameter_became_required(s: Spec) -> None:
    param(s, "unicity")["required"] = True


@case(("request-parameter-location-changed", "breaking", PUT, "header.unicity"))
def parameter_location_changed(s: Spec) -> None:
    param(s, "unicity")["in"] = "header"


@case(("request-parameter-renamed", "breaking", PUT, "query.strategy"))
def parameter_renamed(s: Spec) -> None:
    param(s, "mode")["name"] = "strategy"


@case(
    ("request-parameter-renamed", "breaking", "PUT /segments/{segmentId}/targets", "path.segmentId")
)
def path_parameter_renamed(s: Spec) -> None:
    item = s["paths"].pop("/segments/{id}/targets")
    item["parameters"] = [
        {"name": "segmentId", "in": "path", "required": True, "schema": {"type": "integer"}}
    ]
    s["paths"]["/segments/{segmentId}/targets"] = item


@case(("request-parameter-type-changed", "breaking", PUT, "query.limit"))
def parameter_type_changed(s: Spec) -> None:
    param(s, "limit")["schema"]["type"] = "string"


@case(("request-parameter-format-changed", "breaking", PUT, "query.unicity"))
def parameter_format_changed(s: Spec) -> None:
    param(s, "unicity")["schema"]["format"] = "uuid"


@case(("request-parameter-enum-value-removed", "breaking", PUT, "query.mode"))
def parameter_enum_value_removed(s: Spec) -> None:
    param(s, "mode")["schema"]["enum"] = ["append"]


@case(("request-parameter-enum-value-added", "info", PUT, "query.mode"))
def parameter_enum_value_added(s: Spec) -> None:
    param(s, "mode")["schema"]["enum"].append("merge")


@case(("request-parameter-default-value-changed", "breaking", PUT, "query.limit"))
def parameter_default_changed(s: Spec) -> None:
    param(s, "limit")["schema"]["default"] = 100


@case(("request-parameter-pattern-added", "breaking", PUT, "query.unicity"))
def parameter_pattern_added(s: Spec) -> None:
    param(s, "unicity")["schema"]["pattern"] = "^[0-9]+$"


@case(("request-parameter-max-decreased", "breaking", PUT, "query.limit"))
def parameter_maximum_decreased(s: Spec) -> None:
    param(s, "limit")["schema"]["maximum"] = 100


@case(("request-parameter-serialization-changed", "breaking", PUT, "query.unicity"))
def parameter_style_changed(s: Spec) -> None:
    param(s, "unicity")["style"] = "spaceDelimited"


@pytest.mark.parametrize(("mutate", "expected"), CASES)
def test_each_check(
    mutate: Mutation, expected: list[Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, cli, want = run_case(mutate, tmp_path, capsys)
    assert found == expected
    assert cli == want
