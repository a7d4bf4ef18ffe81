"""Facade impact: client.<resource>.<method>(...) appearing, disappearing, renamed, re-shaped."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from np6 import spec_diff as sd

from .spec_diff_support import BASE, GET_T, PUT, ROOT, Spec, op

ADD = "client.segments.add_targets(id, *, unicity=..., limit=..., mode=..., body=...)"


def named(s: Spec) -> None:
    """base.yaml with the x-np6-method names the bindings use."""
    op(s, "/segments/{id}/targets", "put")["x-np6-method"] = "segments.add_targets"
    op(s, "/targets/{id}", "get")["x-np6-method"] = "targets.get"
    op(s, "/targets/{id}", "delete")["x-np6-method"] = "targets.delete"
    op(s, "/actions", "post")["x-np6-method"] = "actions.create"


def facade(mutate: Callable[[Spec], None]) -> list[tuple[str, str, str, str | None, str | None]]:
    old = copy.deepcopy(BASE)
    named(old)
    new = copy.deepcopy(old)
    mutate(new)
    return [
        (c.id, c.level, c.operation, c.old, c.new)
        for c in sd.diff_specs(old, new)
        if c.id.startswith("facade-")
    ]


def add_query(name: str, required: bool) -> Callable[[Spec], None]:
    def mutate(s: Spec) -> None:
        param = {"name": name, "in": "query", "required": required, "schema": {"type": "string"}}
        op(s, "/segments/{id}/targets", "put")["parameters"].append(param)

    return mutate


def rename(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["x-np6-method"] = "targets.fetch"


def remove_get(s: Spec) -> None:
    del s["paths"]["/targets/{id}"]["get"]


def add_operation(s: Spec) -> None:
    s["paths"]["/targets"] = {
        "get": {
            "operationId": "listTargets",
            "x-np6-method": "targets.list",
            "parameters": [{"name": "page", "in": "query", "schema": {"type": "integer"}}],
            "responses": {"204": {"description": "ok"}},
        }
    }


def body_required(s: Spec) -> None:
    op(s, "/segments/{id}/targets", "put")["requestBody"]["required"] = True


CASES = [
    pytest.param(
        rename,
        [
            (
                "facade-method-renamed",
                "breaking",
                GET_T,
                "client.targets.get(id)",
                "client.targets.fetch(id)",
            )
        ],
        id="renamed",
    ),
    pytest.param(
        remove_get,
        [("facade-method-removed", "breaking", GET_T, "client.targets.get(id)", None)],
        id="removed",
    ),
    pytest.param(
        add_operation,
        [("facade-method-added", "info", "GET /targets", None, "client.targets.list(*, page=...)")],
        id="added",
    ),
    pytest.param(
        add_query("dryRun", required=False),
        [
            (
                "facade-signature-changed",
                "info",
                PUT,
                ADD,
                ADD.replace("body=...", "dry_run=..., body=..."),
            )
        ],
        id="optional-keyword-added",
    ),
    pytest.param(
        add_query("listId", required=True),
        [
            (
                "facade-signature-changed",
                "breaking",
                PUT,
                ADD,
                ADD.replace("body=...", "list_id, body=..."),
            )
        ],
        id="required-keyword-added",
    ),
    pytest.param(
        body_required,
        [("facade-signature-changed", "breaking", PUT, ADD, ADD.replace("body=...", "body"))],
        id="body-became-required",
    ),
    pytest.param(lambda s: None, [], id="no-change"),
]


@pytest.mark.parametrize(("mutate", "expected"), CASES)
def test_facade_impact(mutate: Callable[[Spec], None], expected: list[object]) -> None:
    assert facade(mutate) == expected


def test_without_x_np6_method_the_generated_function_names_it() -> None:
    new = copy.deepcopy(BASE)
    del new["paths"]["/targets/{id}"]["get"]
    removed = [c for c in sd.diff_specs(BASE, new) if c.id == "facade-method-removed"]
    assert [c.old for c in removed] == ["client.contact.get_target(id)"]


def test_the_project_spec_names_every_operation() -> None:
    """openapi/np6.yaml carries x-np6-method everywhere: dropping one operation shows its name."""
    spec = sd.load_spec(ROOT / "openapi" / "np6.yaml")
    new = copy.deepcopy(spec)
    path = next(iter(new["paths"]))
    method = next(m for m in sd.HTTP_METHODS if m in new["paths"][path])
    name = new["paths"][path][method]["x-np6-method"]
    del new["paths"][path][method]
    removed = [c.old for c in sd.diff_specs(spec, new) if c.id == "facade-method-removed"]
    assert len(removed) == 1 and removed[0].startswith(f"client.{name}(")
