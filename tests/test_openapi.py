"""np6._openapi.load_document: JSON-shaped data; hostile documents refused fast and cheaply."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from np6._openapi import DocumentError, load_document

ROOT = Path(__file__).resolve().parent.parent


def billion_laughs(levels: int = 9) -> bytes:
    """A YAML bomb: each level repeats the previous one 9 times, 9^levels scalars once walked."""
    lines = ["openapi: 3.1.0", "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]")
    lines += [f"info: {{title: bomb, version: '1', x-bomb: *l{levels}}}", "paths: {}"]
    return "\n".join(lines).encode()


def test_the_project_spec_loads_with_string_keys() -> None:
    doc = load_document(ROOT / "openapi" / "np6.yaml")
    responses = next(iter(doc["paths"].values()))["get"]["responses"]
    assert all(isinstance(code, str) for code in responses)


def test_keys_and_dates_stay_as_written() -> None:
    doc = load_document(
        b"200: a\non: b\nwhen: 2026-12-01\nyes: true\nbase: &b {x: 1}\nm: {<<: *b}\n"
    )
    assert doc == {
        "200": "a",
        "on": "b",
        "when": "2026-12-01",
        "yes": True,
        "base": {"x": 1},
        "m": {"x": 1},
    }


def test_json_and_yaml_give_the_same_data(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('{"paths": {"/a": {"get": {"responses": {"200": {}}}}}}')
    yaml_doc = load_document(b"paths:\n  /a:\n    get:\n      responses:\n        200: {}\n")
    assert load_document(path) == yaml_doc == load_document(path.read_bytes())


def test_reused_anchors_within_budget_load() -> None:
    doc = load_document(b"a: &x [1, 2]\nb: [*x, *x]\n")
    assert doc == {"a": [1, 2], "b": [[1, 2], [1, 2]]}


def test_billion_laughs_is_refused_fast() -> None:
    start = time.perf_counter()
    with pytest.raises(DocumentError, match="aliases expand to more than"):
        load_document(billion_laughs())
    assert time.perf_counter() - start < 1.0


def test_alias_budget_is_a_parameter() -> None:
    small = billion_laughs(levels=2)  # 9 + 81 + 729 nodes reached through aliases
    assert load_document(small)["info"]["title"] == "bomb"
    with pytest.raises(DocumentError, match="more than 100 extra nodes"):
        load_document(small, max_alias_nodes=100)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"a: &a [1, *a]\n", "refers to a node that contains it"),
        (b"a: &a {b: {c: *a}}\n", "refers to a node that contains it"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"a":' * 100_000, "nested too deeply"),
        (b"\xff\xfe: 1", "not UTF-8"),
        (b"a: [1, 2\n", "not valid YAML"),
        (b"? [1, 2]\n: x\n", "a mapping key is not a scalar"),
    ],
    ids=["recursive-list", "recursive-map", "deep-yaml", "deep-json", "utf8", "syntax", "key"],
)
def test_unusable_documents_raise_one_line(content: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message) as info:
        load_document(content)
    assert str(info.value).startswith("<bytes>: ")
    assert "\n" not in str(info.value)


def test_size_cap_reads_no_more_than_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: 1\n" * 1000)
    with pytest.raises(DocumentError, match=f"{path}: larger than 100 bytes"):
        load_document(path, max_bytes=100)
    with pytest.raises(DocumentError, match="larger than"):
        load_document(path.read_bytes(), max_bytes=100)


def test_missing_file_and_bad_json_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_document(tmp_path / "absent.yaml")
    bad = tmp_path / "bad.json"
    bad.write_text("a: 1")  # YAML, but a .json file is read as JSON only
    with pytest.raises(DocumentError, match="not valid JSON"):
        load_document(bad)
