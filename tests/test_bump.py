"""An API bump needs no hand edit: a new operation of an existing section is on both clients, typed.

The spec is copied, given one more Contact operation (with its x-np6-method), and generated into a
temporary directory with the project's own pipeline (`make generate-into`); then the new method is
called on Client and AsyncClient and type-checked, with that directory ahead of generated/.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

NEW_OPERATION: dict[str, Any] = {
    "tags": ["Contact"],
    "operationId": "listTargetLabels",
    "x-np6-method": "targets.labels",
    "summary": "Labels of a target",
    "parameters": [{"$ref": "#/components/parameters/TargetId"}],
    "responses": {
        "200": {
            "description": "The labels.",
            "content": {
                "application/json": {"schema": {"type": "array", "items": {"type": "string"}}}
            },
        }
    },
}

RUNTIME = """
import asyncio, httpx, np6, np6_api

def answer(request):
    assert request.url.path == "/targets/000T1/labels", request.url
    return httpx.Response(200, json=["vip", "fr"])

transport = httpx.MockTransport(answer)
client = np6.Client(api_key="k", http_client=httpx.Client(transport=transport))
assert client.targets.labels("000T1") == ["vip", "fr"]

async def main():
    http = httpx.AsyncClient(transport=transport)
    async with np6.AsyncClient(api_key="k", http_client=http) as a:
        return await a.targets.labels("000T1")

assert asyncio.run(main()) == ["vip", "fr"]
print(np6_api.__file__)
print(client.targets.labels.__doc__)
"""

TYPED = """
import np6

def sync(client: np6.Client) -> list[str]:
    return client.targets.labels("000T1")

async def use(client: np6.AsyncClient) -> list[str]:
    return await client.targets.labels("000T1")

reveal_type(np6.Client().targets.labels)
"""


@pytest.fixture(scope="module")
def bumped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding np6_api generated from the spec plus one Contact operation."""
    root = tmp_path_factory.mktemp("bump")
    with (ROOT / "openapi" / "np6.yaml").open(encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    operation = copy.deepcopy(NEW_OPERATION)
    operation["responses"].update(
        {k: v for k, v in spec["paths"]["/targets/{id}"]["get"]["responses"].items() if k != "200"}
    )
    spec["paths"]["/targets/{id}/labels"] = {"get": operation}
    new_spec = root / "np6.yaml"
    new_spec.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    out = root / "out"
    out.mkdir()
    run = subprocess.run(
        ["make", "-s", "generate-into", f"OUT={out}", f"GEN_SPEC={new_spec}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert (out / "np6_api" / "api" / "contact" / "list_target_labels.py").is_file()
    return out


def test_a_new_operation_is_callable_on_both_clients(bumped: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(bumped)}
    run = subprocess.run(
        [sys.executable, "-c", RUNTIME], capture_output=True, text=True, env=env, timeout=60
    )
    assert run.returncode == 0, run.stderr[-3000:]
    where, doc = run.stdout.split("\n", 1)
    assert where.startswith(str(bumped))  # the bumped package, not generated/
    assert doc.startswith("Labels of a target.")


def test_a_new_operation_is_typed(bumped: Path, tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(TYPED, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text(
        f"[mypy]\nstrict = True\nmypy_path = {bumped}\n"
        # As in pyproject.toml: the generator's code is not ours to fix, the bindings are.
        "[mypy-np6_api.*]\nignore_errors = True\n"
        "[mypy-np6_api.bindings.*]\nignore_errors = False\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(config),
            "--cache-dir",
            str(tmp_path / "cache"),
            str(tmp_path / "app.py"),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert 'Revealed type is "def (id: str) -> list[str]"' in run.stdout


def test_make_bump_refuses_a_spec_it_cannot_bind_and_changes_nothing(tmp_path: Path) -> None:
    spec_file = ROOT / "openapi" / "np6.yaml"
    before = spec_file.read_bytes()
    spec = yaml.safe_load(before)
    operation = {k: v for k, v in NEW_OPERATION.items() if k != "x-np6-method"}
    spec["paths"]["/targets/{id}/labels"] = {"get": operation}
    new_spec = tmp_path / "new.yaml"
    new_spec.write_text(yaml.safe_dump(spec), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bump.py"), str(new_spec)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert "GET /targets/{id}/labels: no x-np6-method" in run.stderr
    assert "x-np6-method: targets.list_target_labels" in run.stderr  # the suggested name
    assert spec_file.read_bytes() == before
