"""The `np6` command line against the fake NP6 over a real socket."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from np6.cli import app
from np6.testing import FakeNP6, seed_demo

runner = CliRunner()


@pytest.fixture
def fake() -> FakeNP6:
    fake = FakeNP6(api_key="cli-key")
    seed_demo(fake)
    fake.add_segment(7, "cli")
    return fake


@pytest.fixture
def env(fake: FakeNP6, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with fake.serve() as url:
        monkeypatch.setenv("NP6_API_KEY", "cli-key")
        monkeypatch.setenv("NP6_BASE_URL", url)
        yield


def test_add_targets_from_a_file(fake: FakeNP6, env: None, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"C{i}\n" for i in range(130)) + "\nC5\n")
    result = runner.invoke(app, ["segments", "add-targets", "7", str(ids), "--concurrency", "3"])
    assert result.exit_code == 0, result.output
    assert "130 added, 130 ids in 3 requests, 0 failed, 1 duplicates skipped" in result.stdout
    # chunks run concurrently, so the segment's order is the arrival order
    assert sorted(fake.segment_targets(7)) == sorted(f"C{i}" for i in range(130))
    assert not (tmp_path / "ids.txt.failed").exists()


def test_failed_ids_are_written_to_a_file(fake: FakeNP6, env: None, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"F{i}\n" for i in range(120)))
    fake.faults.server_error(times=1, status=500)  # 500 is not retried: one chunk fails
    result = runner.invoke(app, ["segments", "add-targets", "7", str(ids), "--concurrency", "1"])
    assert result.exit_code == 1
    failed = (tmp_path / "ids.txt.failed").read_text().split()
    assert failed == [f"F{i}" for i in range(50)]
    assert "50 ids not added" in result.stderr
    assert sorted(fake.segment_targets(7) + failed) == sorted(f"F{i}" for i in range(120))


def test_targets_get_prints_json(env: None) -> None:
    for args in (["--unicity", "FR12345"], ["000T001"]):
        result = runner.invoke(app, ["targets", "get", *args])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["id"] == "000T001"
    result = runner.invoke(app, ["targets", "get", "000T001", "--hash", "h"])
    assert result.exit_code != 0
    assert "exactly one" in result.output + result.stderr


def test_errors_are_one_line_and_non_zero(env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    result = runner.invoke(app, ["targets", "get", "--unicity", "NOPE"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: GET ")
    monkeypatch.setenv("NP6_API_KEY", "wrong")
    result = runner.invoke(app, ["targets", "hits", "--id", "000T001"])
    assert result.exit_code == 1
    assert "HTTP 401" in result.stderr
    assert "Traceback" not in result.output


def test_missing_key_and_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    result = runner.invoke(app, ["targets", "get", "--unicity", "X"])
    assert result.exit_code == 1
    assert "NP6_API_KEY" in result.stderr
    result = runner.invoke(app, ["segments", "add-targets", "7", str(tmp_path / "none.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_spec_diff_command(tmp_path: Path) -> None:
    spec = Path(__file__).resolve().parent.parent / "openapi" / "np6.yaml"
    assert runner.invoke(app, ["spec", "diff", str(spec), str(spec)]).exit_code == 0
    changed = tmp_path / "new.yaml"
    changed.write_text(
        spec.read_text().replace("/targets/{id}/archives:", "/contacts/{id}/archives:")
    )
    result = runner.invoke(app, ["spec", "diff", str(spec), str(changed), "--format", "json"])
    assert result.exit_code == 1
    ids = {c["id"] for c in json.loads(result.stdout)["changes"]}
    assert "path-renamed" in ids
