"""JSON Schema 2020-12 keywords, 3.1 type lists and sub-schemas: exact ids and levels, both ways.

Each case changes one node of `Thing` (tests/spec_diff/keywords31.yaml), which is both the request
body and the response of POST /things, so it lists the request and the response verdict.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from np6 import spec_diff as sd

from .spec_diff_support import FIXTURES, Spec

BASE31: Spec = sd.load_spec(FIXTURES / "keywords31.yaml")
REQ = "requestBody application/json $"
RESP = "responses.200 application/json $"
DELETE = object()


def node(spec: Spec, path: str) -> dict[str, Any]:
    """A schema below Thing by property path ("meta.tags"); "" is Thing itself."""
    current: dict[str, Any] = spec["components"]["schemas"]["Thing"]
    for name in filter(None, path.split(".")):
        current = current["properties"][name]
    return current


def apply(target: dict[str, Any], update: dict[str, Any]) -> None:
    for key, value in update.items():
        if value is DELETE:
            del target[key]
        else:
            target[key] = copy.deepcopy(value)


def both(suffix: str, request: str, response: str, where: str = "") -> list[tuple[str, str, str]]:
    """The same change seen in the request body and in the response, below `where`."""
    kind = "property" if where.startswith((".", "/")) else "body"
    return [
        (f"request-{kind}-{suffix}", request, REQ + where),
        (f"response-{kind}-{suffix}", response, RESP + where),
    ]


B, W, N = "breaking", "warning", "info"  # N: info (no verdict)
CONTAINS = {"contains": {"const": "urgent"}}
IF_THEN = {"if": {"required": ["code"]}, "then": {"required": ["size"]}}
CONTENT = {"contentMediaType": "application/json", "contentEncoding": "base64"}

# (path below Thing, the node before (merged into the base), what changes, expected)
CASES: list[Any] = [
    # contains / minContains / maxContains
    ("meta.tags", {}, CONTAINS, both("contains-added", B, N, ".meta.tags")),
    ("meta.tags", CONTAINS, {"contains": DELETE}, both("contains-removed", N, B, ".meta.tags")),
    (
        "meta.tags",
        {**CONTAINS, "minContains": 1},
        {"minContains": 2},
        both("min-contains-increased", B, N, ".meta.tags"),
    ),
    (
        "meta.tags",
        {**CONTAINS, "maxContains": 3},
        {"maxContains": 2},
        both("max-contains-decreased", B, N, ".meta.tags"),
    ),
    (
        "meta.tags",
        {"contains": {"type": "string", "maxLength": 9}},
        {"contains": {"type": "string", "maxLength": 3}},
        both("max-length-decreased", B, N, ".meta.tags/contains"),
    ),
    # dependentRequired / dependentSchemas
    (
        "meta",
        {},
        {"dependentRequired": {"code": ["size"]}},
        both("dependent-required-added", B, N, ".meta"),
    ),
    (
        "meta",
        {"dependentRequired": {"code": ["size"]}},
        {"dependentRequired": {"code": ["size", "tags"]}},
        both("dependent-required-changed", B, B, ".meta"),
    ),
    (
        "meta",
        {"dependentRequired": {"code": ["size"]}},
        {"dependentRequired": DELETE},
        both("dependent-required-removed", N, B, ".meta"),
    ),
    (
        "meta",
        {},
        {"dependentSchemas": {"code": {"required": ["size"]}}},
        both("dependent-schema-added", B, N, ".meta"),
    ),
    (
        "meta",
        {"dependentSchemas": {"code": {"properties": {"size": {"maximum": 9}}}}},
        {"dependentSchemas": {"code": {"properties": {"size": {"maximum": 5}}}}},
        both("max-decreased", B, N, ".meta/dependentSchemas/code.size"),
    ),
    # if / then / else
    ("meta", {}, IF_THEN, both("if-added", B, N, ".meta") + both("then-added", B, N, ".meta")),
    ("meta", {**IF_THEN, "else": {}}, {"else": DELETE}, both("else-removed", N, B, ".meta")),
    (
        "meta",
        {**IF_THEN, "then": {"properties": {"size": {"type": "integer"}}}},
        {"then": {"properties": {"size": {"type": "integer", "minimum": 1}}}},
        [
            ("request-property-min-set", W, REQ + ".meta/then.size"),
            ("response-property-min-increased", N, RESP + ".meta/then.size"),
        ],
    ),
    # patternProperties / propertyNames / unevaluated*
    (
        "meta",
        {},
        {"patternProperties": {"^x-": {"type": "string"}}},
        both("pattern-property-added", B, N, ".meta"),
    ),
    (
        "meta",
        {"patternProperties": {"^x-": {"type": "string"}}},
        {"patternProperties": DELETE},
        both("pattern-property-removed", N, B, ".meta"),
    ),
    (
        "meta",
        {"patternProperties": {"^x-": {"type": "string"}}},
        {"patternProperties": {"^x-": {"type": "integer"}}},
        both("type-changed", B, B, ".meta/patternProperties/^x-"),
    ),
    (
        "meta",
        {},
        {"propertyNames": {"pattern": "^[a-z]+$"}},
        both("property-names-added", B, N, ".meta"),
    ),
    (
        "meta",
        {"propertyNames": {"maxLength": 10}},
        {"propertyNames": {"maxLength": 4}},
        both("max-length-decreased", B, N, ".meta/propertyNames"),
    ),
    (
        "meta.tags",
        {},
        {"unevaluatedItems": False},
        both("unevaluated-items-added", B, N, ".meta.tags"),
    ),
    (
        "meta",
        {"unevaluatedProperties": False},
        {"unevaluatedProperties": DELETE},
        both("unevaluated-properties-removed", N, B, ".meta"),
    ),
    ("", {}, {"unevaluatedProperties": False}, both("unevaluated-properties-added", B, N)),
    # prefixItems
    (
        "meta.tags",
        {},
        {"prefixItems": [{"type": "string"}]},
        both("prefix-items-added", N, B, ".meta.tags"),
    ),
    (
        "meta.tags",
        {"prefixItems": [{"type": "string"}]},
        {"prefixItems": DELETE},
        both("prefix-items-removed", B, N, ".meta.tags"),
    ),
    (
        "meta.tags",
        {"prefixItems": [{"type": "string", "maxLength": 8}]},
        {"prefixItems": [{"type": "string", "maxLength": 4}]},
        both("max-length-decreased", B, N, ".meta.tags/prefixItems/0"),
    ),
    # contentSchema / contentMediaType / contentEncoding
    (
        "meta.code",
        CONTENT,
        {"contentMediaType": "application/xml"},
        both("content-media-type-changed", B, B, ".meta.code"),
    ),
    (
        "meta.code",
        CONTENT,
        {"contentEncoding": "base32"},
        both("content-encoding-changed", B, B, ".meta.code"),
    ),
    (
        "meta.code",
        CONTENT,
        {"contentSchema": {"type": "object"}},
        both("content-schema-added", B, N, ".meta.code"),
    ),
    (
        "meta.code",
        {**CONTENT, "contentSchema": {"type": "object", "required": ["a"]}},
        {"contentSchema": DELETE},
        both("content-schema-removed", N, B, ".meta.code"),
    ),
    # const
    ("meta.code", {}, {"const": "a"}, both("const-added", B, N, ".meta.code")),
    ("meta.code", {"const": "a"}, {"const": "b"}, both("const-changed", B, B, ".meta.code")),
    ("meta.code", {"const": "a"}, {"const": DELETE}, both("const-removed", N, B, ".meta.code")),
    ("", {}, {"const": {"meta": {}}}, both("const-added", B, N)),
    # 3.1 type lists
    (
        "meta.size",
        {},
        {"type": ["integer", "string"]},
        both("list-of-types-widened", N, B, ".meta.size"),
    ),
    (
        "meta.size",
        {"type": ["integer", "string"]},
        {"type": "integer"},
        both("list-of-types-narrowed", B, N, ".meta.size"),
    ),
    (
        "meta.code",
        {},
        {"type": ["string", "null"]},
        both("became-nullable", N, B, ".meta.code"),
    ),
    (
        "meta.size",
        {"type": "number"},
        {"type": "integer"},
        [
            ("request-property-type-changed", B, REQ + ".meta.size"),
            ("response-property-type-specialized", N, RESP + ".meta.size"),
        ],
    ),
    (
        "meta.size",
        {},
        {"type": "number"},
        both("type-generalized", N, B, ".meta.size"),
    ),
    # x-extensible-enum: only removing a value from a request breaks
    (
        "meta.code",
        {"x-extensible-enum": ["a", "b"]},
        {"x-extensible-enum": ["a"]},
        both("x-extensible-enum-value-removed", B, N, ".meta.code")[:1],
    ),
    ("meta.code", {"x-extensible-enum": ["a"]}, {"x-extensible-enum": ["a", "b"]}, []),
    # bounds set where there was none, and unset
    (
        "meta.code",
        {"maxLength": 8},
        {"maxLength": DELETE},
        [
            ("request-property-max-length-increased", N, REQ + ".meta.code"),
            ("response-property-max-length-unset", B, RESP + ".meta.code"),
        ],
    ),
    (
        "meta.tags",
        {},
        {"minItems": 1},
        [
            ("request-property-min-items-set", W, REQ + ".meta.tags"),
            ("response-property-min-items-increased", N, RESP + ".meta.tags"),
        ],
    ),
    ("meta", {}, {"maxProperties": 3}, both("max-properties-decreased", B, N, ".meta")),
    # sub-schemas: additionalProperties, not (direction flipped), items of items, oneOf added
    (
        "meta",
        {"additionalProperties": {"type": "string", "maxLength": 9}},
        {"additionalProperties": {"type": "string", "maxLength": 4}},
        both("max-length-decreased", B, N, ".meta.*"),
    ),
    (
        "meta.code",
        {"not": {"type": "string", "maxLength": 9}},
        {"not": {"type": "string", "maxLength": 4}},
        both("max-length-decreased", N, B, ".meta.code/not"),
    ),
    (
        "meta.matrix",
        {},
        {"items": {"type": "array", "items": {"type": "string", "maxLength": 3}}},
        both("max-length-decreased", B, N, ".meta.matrix[][]"),
    ),
    (
        "meta.code",
        {},
        {"type": DELETE, "oneOf": [{"type": "string"}, {"type": "integer"}]},
        both("one-of-added", N, B, ".meta.code"),
    ),
    (
        "meta.code",
        {"anyOf": [{"type": "string"}, {"type": "integer"}]},
        {"anyOf": [{"type": "string"}]},
        both("any-of-removed", B, N, ".meta.code"),
    ),
    (
        "meta.code",
        {"anyOf": [{"type": "string", "title": "Text"}]},
        {"anyOf": [{"type": "string", "title": "Text", "pattern": "^a"}]},
        both("pattern-added", B, N, ".meta.code<Text>"),
    ),
    # defaults: info in bodies (a parameter's default is breaking: test_spec_diff_parameters)
    (
        "meta.size",
        {"default": 1},
        {"default": 2},
        both("default-value-changed", N, N, ".meta.size"),
    ),
    # patterns: a changed pattern is a warning in a request, info in a response
    (
        "meta.code",
        {"pattern": "^a"},
        {"pattern": "^b"},
        both("pattern-changed", W, N, ".meta.code"),
    ),
]


def case_id(case: Any) -> str:
    path, _, change, expected = case
    keys = ",".join(k for k in change)
    return f"{path or 'Thing'}:{keys}:{expected[0][0] if expected else 'none'}"


@pytest.mark.parametrize(("path", "before", "change", "expected"), CASES, ids=map(case_id, CASES))
def test_keyword_pair(
    path: str, before: dict[str, Any], change: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    old = copy.deepcopy(BASE31)
    apply(node(old, path), before)
    new = copy.deepcopy(old)
    apply(node(new, path), change)
    found = sorted((c.id, c.level, c.location) for c in sd.diff_specs(old, new))
    assert found == sorted(expected)


def test_every_keyword_rule_has_a_case() -> None:
    """Adding a row to the table without a fixture pair fails here."""
    covered = {
        suffix
        for *_, expected in CASES
        for change_id, _, _ in expected
        for suffix in [change_id.split("-", 2)[2]]
    }
    rules = {rule.what for rule in sd.keywords.RULES}
    missing = rules - covered
    # Rows that mirror a covered one (the other bound keywords, the other `if` branches...).
    mirrored = {
        "min-contains-decreased",
        "max-contains-increased",
        "dependent-schema-removed",
        "if-removed",
        "then-removed",
        "else-added",
        "property-names-removed",
        "unevaluated-items-removed",
        "pattern-removed",
        "default-value-added",
        "default-value-removed",
    }
    bounds = {r.what for r in sd.keywords.RULES if r.keyword.startswith(("max", "min", "excl"))}
    assert missing - mirrored - bounds == set()
