"""Lifecycle: x-stability-level, deprecation with x-sunset, webhooks, readOnly/writeOnly flips."""

from __future__ import annotations

import copy
import datetime
from collections.abc import Callable

import pytest

from np6 import spec_diff as sd

from .spec_diff_support import BASE, GET_T, GET_T_200, PUT, Spec, op, schema, summary

TODAY = datetime.date(2026, 12, 1)
GET = ("/targets/{id}", "get")
PING = "GET /ping"
Expected = tuple[str, str, str, str]


def diff(before: Callable[[Spec], None], after: Callable[[Spec], None]) -> list[Expected]:
    old = copy.deepcopy(BASE)
    before(old)
    new = copy.deepcopy(old)
    after(new)
    return summary(sd.diff_specs(old, new, today=TODAY))


def nothing(s: Spec) -> None:
    pass


def setter(path: str, method: str, **values: object) -> Callable[[Spec], None]:
    def mutate(s: Spec) -> None:
        op(s, path, method).update(values)

    return mutate


def remove_ping(s: Spec) -> None:
    del s["paths"]["/ping"]


def remove_target_get(s: Spec) -> None:
    del s["paths"]["/targets/{id}"]["get"]


LIFECYCLE = [
    pytest.param(
        nothing,
        setter(*GET, deprecated=True),
        [("endpoint-deprecated", "info", GET_T, "")],
        id="deprecated",
    ),
    pytest.param(
        nothing,
        setter(*GET, deprecated=True, **{"x-sunset": "2027-06-30"}),
        [("endpoint-deprecated-with-sunset", "info", GET_T, "")],
        id="deprecated-with-sunset",
    ),
    pytest.param(
        nothing,
        setter(*GET, deprecated=True, **{"x-sunset": "next spring"}),
        [("api-deprecated-sunset-parse", "breaking", GET_T, "x-sunset")],
        id="bad-sunset",
    ),
    pytest.param(
        setter(*GET, deprecated=True),
        setter(*GET, deprecated=False),
        [("endpoint-reactivated", "info", GET_T, "")],
        id="reactivated",
    ),
    pytest.param(
        setter(*GET, deprecated=True, **{"x-sunset": "2027-06-30"}),
        setter(*GET, **{"x-sunset": "2027-01-31"}),
        [("api-sunset-date-changed-too-small", "breaking", GET_T, "x-sunset")],
        id="sunset-earlier",
    ),
    pytest.param(
        setter(*GET, deprecated=True, **{"x-sunset": "2027-06-30"}),
        lambda s: op(s, *GET).pop("x-sunset"),
        [("sunset-deleted", "breaking", GET_T, "x-sunset")],
        id="sunset-deleted",
    ),
    pytest.param(
        nothing,
        remove_ping,
        [("api-path-removed-without-deprecation", "breaking", PING, "")],
        id="removed-without-deprecation",
    ),
    pytest.param(
        setter("/ping", "get", deprecated=True, **{"x-sunset": "2027-06-30"}),
        remove_ping,
        [("api-path-removed-before-sunset", "breaking", PING, "")],
        id="removed-before-sunset",
    ),
    pytest.param(
        setter("/ping", "get", deprecated=True, **{"x-sunset": "2026-06-30"}),
        remove_ping,
        [
            ("api-path-removed-with-deprecation", "info", PING, ""),
            ("np6-module-removed", "breaking", PING, ""),
        ],
        id="removed-after-sunset",
    ),
    pytest.param(
        setter(*GET, deprecated=True),
        remove_target_get,
        [
            ("api-removed-with-deprecation", "info", GET_T, ""),
            ("np6-module-removed", "breaking", GET_T, ""),
        ],
        id="method-removed-with-deprecation",
    ),
    pytest.param(
        nothing,
        setter(*GET, **{"x-stability-level": "beta"}),
        [("api-stability-decreased", "breaking", GET_T, "x-stability-level")],
        id="stability-decreased",
    ),
    pytest.param(
        setter(*GET, **{"x-stability-level": "beta"}),
        setter(*GET, **{"x-stability-level": "stable"}),
        [("api-stability-increased", "info", GET_T, "x-stability-level")],
        id="stability-increased",
    ),
    pytest.param(
        nothing,
        setter(*GET, **{"x-stability-level": "gold"}),
        [("api-invalid-stability-level", "breaking", GET_T, "x-stability-level")],
        id="stability-invalid",
    ),
    pytest.param(
        setter("/ping", "get", **{"x-stability-level": "alpha"}),
        remove_ping,
        [("api-path-removed-without-deprecation", "info", PING, "")],
        id="alpha-operation-removed",
    ),
    pytest.param(
        setter(*GET, **{"x-stability-level": "draft"}),
        lambda s: schema(s, "Target")["properties"].pop("hash"),
        [("response-required-property-removed", "info", GET_T, f"{GET_T_200} $.hash")],
        id="draft-operation-changed",
    ),
    pytest.param(
        setter(*GET, **{"x-stability-level": "alpha"}),
        setter(*GET, **{"x-stability-level": "draft"}),
        [],
        id="alpha-to-draft-not-reported",
    ),
    pytest.param(
        nothing,
        lambda s: schema(s, "Target")["properties"]["email"].update(writeOnly=True),
        [
            (
                "response-optional-property-became-write-only",
                "info",
                GET_T,
                f"{GET_T_200} $.email",
            )
        ],
        id="became-write-only-is-not-a-removal",
    ),
    pytest.param(
        lambda s: schema(s, "Target")["properties"]["email"].update(writeOnly=True),
        lambda s: schema(s, "Target")["properties"]["email"].pop("writeOnly"),
        [
            (
                "response-optional-property-became-not-write-only",
                "info",
                GET_T,
                f"{GET_T_200} $.email",
            )
        ],
        id="became-not-write-only",
    ),
    pytest.param(
        nothing,
        lambda s: schema(s, "TargetBatch")["properties"]["source"].update(readOnly=True),
        [
            (
                "request-optional-property-became-read-only",
                "info",
                PUT,
                "requestBody application/json $.source",
            )
        ],
        id="became-read-only",
    ),
    pytest.param(
        nothing,
        lambda s: schema(s, "Target")["properties"]["email"].update(deprecated=True),
        [("response-property-deprecated", "info", GET_T, f"{GET_T_200} $.email")],
        id="property-deprecated",
    ),
    pytest.param(
        nothing,
        lambda s: schema(s, "TargetBatch")["properties"]["source"].update(
            {"x-stability-level": "alpha"}
        ),
        [
            (
                "request-property-stability-decreased",
                "breaking",
                PUT,
                "requestBody application/json $.source",
            )
        ],
        id="property-stability-decreased",
    ),
    pytest.param(
        lambda s: s.update(webhooks={"targetCreated": {"post": {"responses": {"200": {}}}}}),
        lambda s: s.pop("webhooks"),
        [("webhook-removed", "breaking", "", "webhooks.targetCreated")],
        id="webhook-removed",
    ),
    pytest.param(
        nothing,
        lambda s: s.update(webhooks={"targetCreated": {"post": {"responses": {"200": {}}}}}),
        [("webhook-added", "info", "", "webhooks.targetCreated")],
        id="webhook-added",
    ),
]


@pytest.mark.parametrize(("before", "after", "expected"), LIFECYCLE)
def test_lifecycle(
    before: Callable[[Spec], None], after: Callable[[Spec], None], expected: list[Expected]
) -> None:
    assert diff(before, after) == sorted(expected)


def test_unstable_operations_facade_changes_are_info_too() -> None:
    old = copy.deepcopy(BASE)
    setter("/ping", "get", **{"x-stability-level": "alpha"})(old)
    new = copy.deepcopy(old)
    remove_ping(new)
    facade = [c for c in sd.diff_specs(old, new) if c.id.startswith("facade-")]
    assert [(c.id, c.level) for c in facade] == [("facade-method-removed", "info")]


def test_parameter_removed_after_deprecation_keeps_the_python_break() -> None:
    def deprecate(s: Spec) -> None:
        next(
            p for p in op(s, "/segments/{id}/targets", "put")["parameters"] if p["name"] == "mode"
        )["deprecated"] = True

    def remove(s: Spec) -> None:
        params = op(s, "/segments/{id}/targets", "put")["parameters"]
        params[:] = [p for p in params if p["name"] != "mode"]

    assert diff(deprecate, remove) == [
        ("np6-argument-removed", "breaking", PUT, "query.mode"),
        ("request-parameter-removed-with-deprecation", "info", PUT, "query.mode"),
    ]
    assert diff(nothing, deprecate) == [("request-parameter-deprecated", "info", PUT, "query.mode")]
