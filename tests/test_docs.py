"""docs/reference.md is what `make docs` writes from the spec and the package (a drift check)."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from np6._openapi import load_document

from .conftest import ROOT, SPEC_PATH

sys.path.insert(0, str(ROOT / "scripts"))
import reference_docs


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return load_document(SPEC_PATH)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def rendered(document: dict[str, Any]) -> str:
    return reference_docs.render(document)


def test_the_reference_is_up_to_date(rendered: str) -> None:
    written = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    assert written == rendered, "docs/reference.md is stale: run `make docs` and commit it"


def test_the_reference_names_every_operation_and_error(
    document: dict[str, Any], rendered: str
) -> None:
    for op in reference_docs.operations(document):
        assert f"- `{op.method}(" in rendered
        assert f"`{op.verb} {op.path}`: {op.summary}" in rendered
    assert "- `get(id: str" in rendered and ") -> Target`" in rendered  # real signatures
    for error in ("NP6Error", "NotFoundError", "APITimeoutError", "InvalidResponseError"):
        assert f"`np6.{error}`" in rendered
    assert "np6 helper: Add any number of targets" in rendered  # methods np6 adds are there too
