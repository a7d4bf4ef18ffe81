"""Security requirements and schemes."""

from __future__ import annotations

from pathlib import Path

import pytest

from .spec_diff_support import (
    GET_T,
    PING,
    Expected,
    Mutation,
    Spec,
    case_registry,
    op,
    run_case,
)

CASES, case = case_registry()


@case(("operation-security-added", "breaking", PING, "security"))
def operation_security_added(s: Spec) -> None:
    op(s, "/ping", "get")["security"] = [{"XKey": []}]


@case(("operation-security-removed", "info", GET_T, "security"))
def operation_security_removed(s: Spec) -> None:
    op(s, "/targets/{id}", "get")["security"] = []


@case(("security-scheme-changed", "breaking", "", "components.securitySchemes.XKey"))
def security_scheme_header_renamed(s: Spec) -> None:
    s["components"]["securitySchemes"]["XKey"]["name"] = "X-Api-Key"


@case()
def security_header_case_only(s: Spec) -> None:
    s["components"]["securitySchemes"]["XKey"]["name"] = "x-key"  # HTTP headers are case-blind


@pytest.mark.parametrize(("mutate", "expected"), CASES)
def test_each_check(
    mutate: Mutation, expected: list[Expected], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found, cli, want = run_case(mutate, tmp_path, capsys)
    assert found == expected
    assert cli == want
