"""The command line contract: unusable inputs exit 2 with one line, --fail-on, alias bombs."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .spec_diff_support import FIXTURES, SCRIPT, Mutation, mutated, run_cli, write_yaml
from .test_openapi import billion_laughs
from .test_spec_diff_operations import operation_added, operation_removed
from .test_spec_diff_schemas import request_property_removed

# ------------------------------------------------------------------------------- CLI contract


INVALID = [
    pytest.param("invalid_swagger2.yaml", "Swagger 2.0", id="swagger-2"),
    pytest.param("invalid_no_paths.yaml", "`paths`", id="no-paths"),
    pytest.param("invalid_syntax.yaml", "not valid YAML", id="yaml-syntax"),
    pytest.param("invalid_list.yaml", "not a mapping", id="top-level-list"),
    pytest.param("does-not-exist.yaml", "no such file", id="missing"),
    pytest.param(".", "is a directory", id="directory"),
]


@pytest.mark.parametrize(("name", "message"), INVALID)
@pytest.mark.parametrize("side", ["old", "new"])
def test_unusable_input_exits_2_with_one_line(name: str, message: str, side: str) -> None:
    bad, good = FIXTURES / name, FIXTURES / "base.yaml"
    result = run_cli(*((bad, good) if side == "old" else (good, bad)))
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("spec_diff: ") and message in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "top level is not a mapping"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1,", "JSON"),
    ],
    ids=["empty", "not-utf8", "bad-json"],
)
def test_unreadable_bytes_exit_2(tmp_path: Path, content: bytes, message: str) -> None:
    bad = tmp_path / ("spec.json" if message == "JSON" else "spec.yaml")
    bad.write_bytes(content)
    result = run_cli(bad, FIXTURES / "base.yaml")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_yaml_alias_bomb_exits_2_fast_in_bounded_memory(tmp_path: Path) -> None:
    """Billion laughs: refused before anything walks the 10^9 nodes, under a 1 GiB address cap."""
    bomb = tmp_path / "bomb.yaml"
    bomb.write_bytes(billion_laughs())

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(SCRIPT), str(FIXTURES / "base.yaml"), str(bomb)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
        preexec_fn=cap_memory,
    )
    assert time.perf_counter() - start < 10
    assert result.returncode == 2, result.stderr[-500:]
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"spec_diff: {bomb}: YAML aliases expand to more than 1000000 extra nodes"
    ]


@pytest.mark.parametrize(
    ("mutate", "fail_on", "code"),
    [
        (request_property_removed, None, 0),  # a warning does not fail by default
        (request_property_removed, "warning", 1),
        (request_property_removed, "never", 0),
        (operation_removed, None, 1),
        (operation_removed, "breaking", 1),
        (operation_removed, "warning", 1),
        (operation_removed, "never", 0),
        (operation_added, "warning", 0),  # info never fails
    ],
)
def test_fail_on(mutate: Mutation, fail_on: str | None, code: int, tmp_path: Path) -> None:
    new = write_yaml(tmp_path / "new.yaml", mutated(mutate))
    options = ["--fail-on", fail_on] if fail_on else []
    result = run_cli(FIXTURES / "base.yaml", new, *options)
    assert (result.returncode, result.stderr) == (code, "")


def test_fail_on_rule_file_relevels_and_ignores_with_reasons(tmp_path: Path) -> None:
    new_spec = mutated(operation_removed)
    request_property_removed(new_spec)
    new = write_yaml(tmp_path / "new.yaml", new_spec)
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "fail-on: warning\n"
        "levels: {request-property-removed: info}\n"
        "ignore:\n"
        "  - {id: api-path-removed-without-deprecation, operation: POST /actions,"
        " reason: announced in October}\n"
        "  - {id: facade-method-removed, reason: the app never used it}\n",
        encoding="utf-8",
    )
    result = run_cli(FIXTURES / "base.yaml", new, "--fail-on", rules)
    assert result.returncode == 0, result.stdout
    assert "api-path-removed" not in result.stdout
    assert "INFO     request-property-removed" in result.stdout
    assert result.stderr.strip() == f"spec_diff: 2 change(s) ignored by {rules}"
    # Without the file the same pair fails.
    assert run_cli(FIXTURES / "base.yaml", new).returncode == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("ignore: [{id: x}]\n", "ignore[0] needs an id and a reason"),
        ("fail-on: sometimes\n", "fail-on must be one of"),
        ("levels: {x: fatal}\n", "levels maps rule ids"),
        ("- a\n", "a rule file is a mapping"),
    ],
)
def test_bad_rule_file_exits_2(tmp_path: Path, content: str, message: str) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text(content, encoding="utf-8")
    result = run_cli(FIXTURES / "base.yaml", FIXTURES / "base.yaml", "--fail-on", rules)
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_fail_on_neither_level_nor_file_exits_2() -> None:
    result = run_cli(FIXTURES / "base.yaml", FIXTURES / "base.yaml", "--fail-on", "sometimes")
    assert result.returncode == 2 and "neither a level" in result.stderr
