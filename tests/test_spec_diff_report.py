"""Stable output (no-op diffs, key order, sorting) and the text/json/markdown formats."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from np6 import spec_diff as sd

from .spec_diff_support import BASE, FIXTURES, mutated, op, run_cli, write_yaml
from .test_spec_diff_operations import operation_removed, server_removed
from .test_spec_diff_parameters import parameter_removed
from .test_spec_diff_schemas import request_property_removed, response_property_removed

# --------------------------------------------------------------------------- no-op and stability


def _reorder(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _reorder(node[k]) for k in reversed(list(node))}
    if isinstance(node, list):
        return [_reorder(v) for v in node]
    return node


def test_spec_against_itself_is_empty() -> None:
    assert sd.diff_specs(BASE, copy.deepcopy(BASE)) == []


def test_reordered_keys_are_no_change() -> None:
    assert sd.diff_specs(BASE, _reorder(BASE)) == []


def test_yaml_to_json_is_no_change(tmp_path: Path) -> None:
    # Unquoted status codes are integers in YAML and strings in JSON: still the same spec.
    text = (FIXTURES / "base.yaml").read_text(encoding="utf-8")
    unquoted = tmp_path / "unquoted.yaml"
    unquoted.write_text(text.replace("'200':", "200:").replace("'201':", "201:"), encoding="utf-8")
    as_json = tmp_path / "base.json"
    as_json.write_text(json.dumps(_reorder(BASE), indent=1), encoding="utf-8")
    result = run_cli(unquoted, as_json)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("No changes.")


def test_output_is_sorted_by_operation_location_id() -> None:
    new = copy.deepcopy(BASE)
    for mutate in (operation_removed, parameter_removed, response_property_removed, server_removed):
        mutate(new)
    mutate_all = sd.diff_specs(BASE, new)
    # + the Python argument and the facade signature, the facade method of the removed operation
    assert len(mutate_all) == 8
    keys = [(c.operation, c.location, c.id) for c in mutate_all]
    assert keys == sorted(keys)
    assert sd.diff_specs(BASE, new) == mutate_all  # same input, same order


def test_formats(tmp_path: Path) -> None:
    new_spec = mutated(operation_removed)
    request_property_removed(new_spec)
    new = write_yaml(tmp_path / "new.yaml", new_spec)
    old = FIXTURES / "base.yaml"

    payload = json.loads(run_cli(old, new, "--format", "json").stdout)
    assert payload["summary"] == {"breaking": 2, "warning": 1, "info": 0}
    assert [(c["id"], c["level"]) for c in payload["changes"]] == [
        ("api-path-removed-without-deprecation", "breaking"),
        ("facade-method-removed", "breaking"),
        ("request-property-removed", "warning"),
    ]
    assert set(payload["changes"][0]) == {
        "id",
        "level",
        "operation",
        "location",
        "old",
        "new",
        "reason",
    }

    markdown = run_cli(old, new, "--format", "markdown").stdout.splitlines()
    assert "| Level | Change | Operation | Location | Old → New | Reason |" in markdown
    header = markdown.index("| Level | Change | Operation | Location | Old → New | Reason |")
    assert markdown[header + 1].startswith("|---")
    assert len([line for line in markdown[header + 2 :] if line.startswith("| ")]) == 3

    text = run_cli(old, new).stdout.splitlines()
    assert len(text) == 4
    assert text[-1] == "2 breaking, 1 warning, 0 info"
    assert text[2].startswith("WARNING") and "request-property-removed" in text[2]


def test_markdown_escapes_pipes() -> None:
    change = sd.Change("x-changed", "info", "GET /a", "query.a", "a|b", None, "Pipes | here.")
    row = sd.format_markdown([change]).splitlines()[-1]
    assert row.count(" | ") == 5  # the escaped pipes do not open new cells
    assert "a\\|b" in row and "Pipes \\| here." in row


def test_validate_flag_accepts_valid_and_rejects_schema_errors(tmp_path: Path) -> None:
    assert run_cli(FIXTURES / "base.yaml", FIXTURES / "base.yaml", "--validate").returncode == 0
    broken = copy.deepcopy(BASE)
    op(broken, "/ping", "get")["responses"] = "nope"  # passes the cheap check, not the schema
    path = write_yaml(tmp_path / "broken.yaml", broken)
    result = run_cli(FIXTURES / "base.yaml", path, "--validate")
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1


def test_changelog_sections_with_breaking_first(tmp_path: Path) -> None:
    new_spec = mutated(operation_removed)
    request_property_removed(new_spec)
    new_spec["info"]["version"] = "1.1.0"
    new_spec["paths"]["/targets/{id}"]["get"]["deprecated"] = True
    new_spec["paths"]["/targets"] = {
        "get": {"operationId": "listTargets", "responses": {"204": {"description": "ok"}}}
    }
    new = write_yaml(tmp_path / "new.yaml", new_spec)
    text = run_cli(FIXTURES / "base.yaml", new, "--format", "changelog").stdout
    lines = text.splitlines()
    assert lines[0] == "## [Unreleased] - NP6 API 1.1.0"
    sections = [line for line in lines if line.startswith("### ")]
    assert sections == ["### Added", "### Changed", "### Deprecated", "### Removed"]
    removed = lines[lines.index("### Removed") + 2 :]
    entries = [line for line in removed if line.startswith("- ")]
    assert entries[0].startswith("- **Breaking:** `POST /actions`")  # breaking before warning
    assert entries[-1].endswith("[`request-property-removed`]")
    assert "[`endpoint-deprecated`]" in text and "[`endpoint-added`]" in text
    assert "client.default.list_targets()" in text  # the facade method that appears


def test_changelog_of_no_change() -> None:
    assert sd.format_changelog([]) == "## [Unreleased]\n\nNo API changes.\n"
