"""Every Python block of README.md runs, as written, against the fake NP6."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from np6.testing import FakeNP6, seed_demo

from .conftest import ROOT

BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), flags=re.S)


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
