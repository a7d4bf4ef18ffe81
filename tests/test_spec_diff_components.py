"""Component schemas: renamed, removed, added, split."""

from __future__ import annotations

from pathlib import Path

import pytest

from .spec_diff_support import (
    GET_T,
    GET_T_200,
    Expected,
    Mutation,
    Spec,
    case_registry,
    run_case,
    schema,
    target_response,
)

CASES, case = case_registry()


@case(("component-schema-renamed", "breaking", "", "components.schemas.Target"))
def component_renamed(s: Spec) -> None:
    s["components"]["schemas"]["Contact"] = s["components"]["schemas"].pop("Target")
    target_response(s)["content"]["application/json"]["schema"]["$ref"] = (
        "#/components/schemas/Contact"
    )


@case(
    ("component-schema-renamed", "breaking", "", "components.schemas.Target"),
    ("response-required-property-removed", "breaking", GET_T, f"{GET_T_200} $.hash"),
)
def component_renamed_and_changed(s: Spec) -> None:
    component_renamed(s)
    del schema(s, "Contact")["properties"]["hash"]
    schema(s, "Contact")["required"] = ["id"]


@case(("component-schema-added", "info", "", "components.schemas.TargetBase"))
def component_split_with_all_of(s: Spec) -> None:
    target = s["components"]["schemas"]["Target"]
    base = {"type": "object", "required": ["id"], "properties": {"id": target["properties"]["id"]}}
    s["components"]["schemas"]["TargetBase"] = base
    rest = {k: v for k, v in target["properties"].items() if k != "id"}
    s["components"]["schemas"]["Target"] = {
        "allOf": [
            {"$ref": "#/components/schemas/TargetBase"},
            {"type": "object", "required": ["hash"], "properties": rest},
        ]
    }


@pytest.mark.parametrize(("mutate", "expected"), CASES)
def test_each_check(
    mutate: Mutation, expected: list[Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, cli, want = run_case(mutate, tmp_path, capsys)
    assert found == expected
    assert cli == want
