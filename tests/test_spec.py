"""openapi/np6.yaml is a valid OpenAPI 3.1 document that keeps its own conventions."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from .conftest import operations, schema_validator

SECTIONS = {
    "Email & SMS", "Notification", "Archives", "Display", "Workflow", "Campaign", "Contact",
    "Field", "Enumeration", "Segment", "Import", "Subscription", "Webtask", "Compilable",
    "Mobile Application", "Category", "Marketing Pressure",
}  # fmt: skip


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


def test_server_and_security(spec: dict[str, Any]) -> None:
    assert spec["servers"][0]["url"] == "https://api-cm.np6.com"
    scheme = spec["components"]["securitySchemes"]["XKey"]
    assert scheme == {**scheme, "type": "apiKey", "in": "header", "name": "X-Key"}
    assert spec["security"] == [{"XKey": []}]


def _examples(node: Any, where: str) -> list[tuple[str, dict[str, Any], Any]]:
    found = []
    if isinstance(node, dict):
        if "example" in node and "schema" in node:
            found.append((where, node["schema"], node["example"]))
        for key, value in node.items():
            found += _examples(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _examples(value, f"{where}/{i}")
    return found


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    examples = _examples(spec["paths"], "paths") + _examples(spec["components"], "components")
    assert len(examples) >= 10
    failures = []
    for where, schema, example in examples:
        validator = schema_validator(spec, schema)
        failures += [f"{where}: {e.message}" for e in validator.iter_errors(example)]
    assert failures == []


def test_an_invalid_example_would_be_caught(spec: dict[str, Any]) -> None:
    # Guards the test above: a wrong type must be reported.
    validator = schema_validator(spec, {"$ref": "#/components/schemas/Archive"})
    assert list(validator.iter_errors({"id": 3}))


def test_operation_ids_are_unique_camel_case(spec: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(spec)]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z][a-zA-Z0-9]+", i) for i in ids), ids


def test_every_operation_has_one_section_tag_and_responses(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        assert len(op["tags"]) == 1 and op["tags"][0] in SECTIONS, (method, path)
        success = [code for code in op["responses"] if str(code).startswith("2")]
        assert success, (method, path)
        assert "429" in op["responses"], (method, path)


def test_paths_are_clean(spec: dict[str, Any]) -> None:
    for path in spec["paths"]:
        assert path.startswith("/") and ".." not in path and "//" not in path, path


def test_no_unused_component(spec: dict[str, Any]) -> None:
    text = json.dumps(spec)
    for kind, entries in spec["components"].items():
        if kind == "securitySchemes":
            continue
        for name in entries:
            assert f'"#/components/{kind}/{name}"' in text, f"components.{kind}.{name} is unused"


def test_segment_target_limit_is_in_the_spec(spec: dict[str, Any]) -> None:
    put = spec["paths"]["/segments/{id}/targets"]["put"]
    ref = put["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert spec["components"]["schemas"][ref.rsplit("/", 1)[1]]["maxItems"] == 50


@pytest.mark.parametrize(
    ("schema", "values"),
    [
        (
            "BounceType",
            ["Validé", "Soft", "ReportAsSpam", "HardDomain", "HardUser", "HardOther", "HardRules"],
        ),
        ("SortOrder", ["asc", "desc"]),
    ],
)
def test_enums_are_copied_exactly(spec: dict[str, Any], schema: str, values: list[str]) -> None:
    assert spec["components"]["schemas"][schema]["enum"] == values
