"""Shared by the tests/test_spec_diff_*.py modules: base.yaml, spec accessors, the case registry."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from np6 import spec_diff as sd

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "spec_diff.py"
FIXTURES = Path(__file__).resolve().parent / "spec_diff"
NP6_SPEC = ROOT / "openapi" / "np6.yaml"


BASE: dict[str, Any] = sd.load_spec(FIXTURES / "base.yaml")

PUT = "PUT /segments/{id}/targets"
GET_T = "GET /targets/{id}"
DEL_T = "DELETE /targets/{id}"
POST_A = "POST /actions"
PING = "GET /ping"
BODY = "requestBody application/json"
GET_T_200 = "responses.200 application/json"
ACTION_REQ = f"{BODY} $"
ACTION_RESP = "responses.201 application/json $"

Spec = dict[str, Any]
Expected = tuple[str, str, str, str]  # id, level, operation, location


def run_cli(*args: str | Path, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def summary(changes: list[Any]) -> list[Expected]:
    """(id, level, operation, location) of each change; the facade impact is tested on its own
    (tests/test_spec_diff_facade.py) so that each case lists the HTTP-level verdict only."""
    return sorted(
        (c.id, c.level, c.operation, c.location) for c in changes if not c.id.startswith("facade-")
    )


def write_yaml(path: Path, spec: Spec) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def op(spec: Spec, path: str, method: str) -> Spec:
    return spec["paths"][path][method]  # type: ignore[no-any-return]


def schema(spec: Spec, name: str) -> Spec:
    return spec["components"]["schemas"][name]  # type: ignore[no-any-return]


def param(spec: Spec, name: str) -> Spec:
    return next(
        p for p in op(spec, "/segments/{id}/targets", "put")["parameters"] if p["name"] == name
    )


def batch(spec: Spec) -> Spec:
    return schema(spec, "TargetBatch")["properties"]  # type: ignore[no-any-return]


def target_response(spec: Spec) -> Spec:
    return op(spec, "/targets/{id}", "get")["responses"]["200"]  # type: ignore[no-any-return]


Mutation = Callable[[Spec], None]


def case_registry() -> tuple[list[Any], Callable[..., Callable[[Mutation], Mutation]]]:
    """A list of cases and a decorator that registers a mutation of base.yaml into it."""
    cases: list[Any] = []

    def case(*expected: Expected) -> Callable[[Mutation], Mutation]:
        """Register a mutation together with exactly the changes it must produce."""

        def register(mutate: Mutation) -> Mutation:
            param_id = mutate.__name__.replace("_", "-")
            cases.append(pytest.param(mutate, sorted(expected), id=param_id))
            return mutate

        return register

    return cases, case


def run_case(
    mutate: Mutation, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> tuple[list[Expected], tuple[int, str], tuple[int, str]]:
    """(changes found, (exit code, summary line) of the command line, what they should be)."""
    new = copy.deepcopy(BASE)
    mutate(new)
    changes = sd.diff_specs(BASE, new)
    code = sd.main([str(FIXTURES / "base.yaml"), str(write_yaml(tmp_path / "new.yaml", new))])
    # The command line agrees: exit 1 exactly when something breaks, and says how many.
    breaking = sum(c.level == "breaking" for c in changes)
    want = (1 if breaking else 0, f"{breaking} breaking")
    last = capsys.readouterr().out.strip().splitlines()[-1]
    return summary(changes), (code, last[: len(want[1])]), want


def only(old: Spec, new: Spec, change_id: str, **kwargs: Any) -> Any:
    matches = [c for c in sd.diff_specs(old, new, **kwargs) if c.id == change_id]
    assert len(matches) == 1, matches
    return matches[0]


def mutated(mutate: Mutation) -> Spec:
    new = copy.deepcopy(BASE)
    mutate(new)
    return new
