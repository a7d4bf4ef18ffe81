"""Every Python block of README.md runs, as written, against the fake NP6."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from np6.testing import FakeNP6, seed_demo

from .conftest import ROOT

README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


@pytest.fixture(scope="module")
def fake_url() -> Iterator[str]:
    fake = FakeNP6(api_key="readme-key")
    seed_demo(fake)
    with fake.serve() as url:
        yield url


def test_the_readme_has_python_examples() -> None:
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_block_runs(
    code: str, fake_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NP6_API_KEY", "readme-key")
    monkeypatch.setenv("NP6_BASE_URL", fake_url)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ids.txt").write_text("".join(f"000X{i}\n" for i in range(120)))
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102


def test_the_first_example_needs_no_account_and_prints_what_it_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = BLOCKS[0]
    assert README.index(first) < README.index("## With your NP6 account")
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    monkeypatch.delenv("NP6_BASE_URL", raising=False)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(first, "README.md", "exec"), {"__name__": "readme"})  # noqa: S102
    promised = re.findall(r"print\(.*\)  # (.*)", first)
    assert printed.getvalue().splitlines() == promised


def test_the_ci_workflow_runs_as_written(tmp_path: Path) -> None:
    """The README's GitHub Actions job, step by step, in a fresh clone of this checkout.

    `pip install -e ".[dev]"` is this test's own environment (np6[dev] installed, its python first
    on PATH, no .venv in the clone); origin/<base_ref> is the commit under test.
    """
    (block,) = re.findall(r"```yaml\n(# \.github/workflows/spec\.yml\n.*?)```", README, re.S)
    steps = yaml.safe_load(block)["jobs"]["diff"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    assert runs[0] == 'pip install -e ".[dev]"'
    clone = tmp_path / "clone"
    git = ["git", "-c", "advice.detachedHead=false"]
    subprocess.run([*git, "clone", "-q", str(ROOT), str(clone)], check=True, timeout=120)
    changes = subprocess.run(
        ["git", "-C", str(ROOT), "diff", "HEAD"], capture_output=True, check=True, timeout=60
    ).stdout
    if changes:  # what this checkout has not committed yet
        subprocess.run(["git", "-C", str(clone), "apply"], input=changes, check=True, timeout=60)
    subprocess.run(
        ["git", "-C", str(clone), "update-ref", "refs/remotes/origin/base", "HEAD"], check=True
    )
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    env["PATH"] = f"{Path(sys.executable).parent}:{env['PATH']}"

    def job() -> subprocess.CompletedProcess[str]:
        step = runs[1].replace("${{ github.base_ref }}", "base")
        return subprocess.run(
            ["bash", "-c", step],
            cwd=clone,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    unchanged = job()
    assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr
    spec = clone / "openapi" / "np6.yaml"
    spec.write_text(spec.read_text().replace("/targets/{id}/archives:", "/contacts/{id}/archives:"))
    breaking = job()
    assert breaking.returncode != 0  # make's own status when the recipe fails: the job fails
    assert "`path-renamed`" in breaking.stdout
