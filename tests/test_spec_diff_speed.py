"""Speed: a large synthetic spec and openapi/np6.yaml diff in well under a second of CPU."""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path

import pytest

from np6 import spec_diff as sd
from np6.spec_diff import naming

from .spec_diff_support import NP6_SPEC, Spec, run_cli, write_yaml

# ----------------------------------------------------------------------------------- performance


def synthetic_spec(operations: int = 150, models: int = 40) -> Spec:
    """Many operations sharing nested, partly recursive component schemas."""
    schemas: Spec = {}
    for i in range(models):
        child = f"Model{(i + 1) % models}"
        schemas[f"Model{i}"] = {
            "type": "object",
            "required": ["id", "name"],
            "properties": {
                "id": {"type": "string", "format": "uuid"},
                "name": {"type": "string", "maxLength": 100},
                "state": {"type": "string", "enum": ["a", "b", "c"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "child": {"$ref": f"#/components/schemas/{child}"},
                "children": {"type": "array", "items": {"$ref": f"#/components/schemas/{child}"}},
                "meta": {
                    "type": "object",
                    "properties": {"level": {"type": "integer", "minimum": 0}},
                },
            },
        }
    paths: Spec = {}
    for i in range(operations):
        ref = {"$ref": f"#/components/schemas/Model{i % models}"}
        paths[f"/things{i}/{{id}}"] = {
            "post": {
                "tags": [f"Group{i % 7}"],
                "operationId": f"updateThing{i}",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 50}},
                ],
                "requestBody": {"content": {"application/json": {"schema": ref}}},
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": ref}}},
                    "404": {"description": "missing"},
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Synthetic", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def test_large_spec_diff_is_fast(tmp_path: Path) -> None:
    old = synthetic_spec()
    new = copy.deepcopy(old)
    for i in range(0, 40, 3):  # changes deep in shared, recursive models: every operation sees them
        new["components"]["schemas"][f"Model{i}"]["properties"]["name"]["maxLength"] = 50
        new["components"]["schemas"][f"Model{i}"]["properties"]["state"]["enum"].append("d")
    del new["paths"]["/things0/{id}"]
    old_path, new_path = (
        write_yaml(tmp_path / "old.yaml", old),
        write_yaml(tmp_path / "new.yaml", new),
    )

    started = time.process_time()
    changes = sd.diff_specs(sd.load_spec(old_path), sd.load_spec(new_path))
    elapsed = time.process_time() - started

    assert elapsed < 1.0, f"{elapsed:.2f}s"
    by_id = {c.id for c in changes}
    assert by_id == {
        "api-path-removed-without-deprecation",
        "facade-method-removed",
        "request-property-max-length-decreased",
        "request-property-enum-value-added",
        "response-property-max-length-decreased",
        "response-property-enum-value-added",
    }
    # Every remaining operation reaches a changed model through its request and its response.
    touched = {c.operation for c in changes if c.id == "response-property-enum-value-added"}
    assert len(touched) == 149


# ---------------------------------------------------------------------------- the real np6 spec

needs_np6 = pytest.mark.skipif(not NP6_SPEC.exists(), reason="openapi/np6.yaml not written yet")


@needs_np6
def test_np6_spec_against_itself() -> None:
    # CPU time, not wall time: the claim is about our cost, not about a busy CI machine.
    started = time.process_time()
    spec = sd.load_spec(NP6_SPEC)
    assert sd.diff_specs(spec, sd.load_spec(NP6_SPEC)) == []
    assert time.process_time() - started < 1.0


@needs_np6
def test_np6_spec_against_a_mutated_copy(tmp_path: Path) -> None:
    spec = sd.load_spec(NP6_SPEC)
    new = copy.deepcopy(spec)
    # 1. Rename the operationId of the first operation.
    first_path = next(iter(new["paths"]))
    first_method = next(m for m in sd.HTTP_METHODS if m in new["paths"][first_path])
    new["paths"][first_path][first_method]["operationId"] = "renamedForTheTest"
    # 2. Remove the last path entirely.
    removed_path = list(new["paths"])[-1]
    del new["paths"][removed_path]
    # 3. Rename a model component everywhere it is referenced.
    name = next(n for n, s in new["components"]["schemas"].items() if naming._makes_model(s))
    text = json.dumps(new).replace(
        f'"#/components/schemas/{name}"', '"#/components/schemas/RenamedForTheTest"'
    )
    new = json.loads(text)
    new["components"]["schemas"]["RenamedForTheTest"] = new["components"]["schemas"].pop(name)
    new_path = tmp_path / "np6.json"
    new_path.write_text(json.dumps(new), encoding="utf-8")

    naming._generator_names()  # import openapi-python-client first: measure the diff only
    started = time.process_time()
    changes = sd.diff_specs(spec, sd.load_spec(new_path))
    elapsed = time.process_time() - started

    assert elapsed < 1.0, f"{elapsed:.2f}s"
    ids = {c.id for c in changes}
    assert {"operation-id-changed", "component-schema-renamed"} <= ids
    assert ids & {"api-path-removed-without-deprecation", "method-removed"}
    rename = next(c for c in changes if c.id == "component-schema-renamed")
    assert rename.new == "np6_api.models.RenamedForTheTest"
    assert not {c.id for c in changes} & {"component-schema-removed", "component-schema-added"}
    assert run_cli(NP6_SPEC, new_path).returncode == 1
