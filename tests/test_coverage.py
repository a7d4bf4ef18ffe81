"""The spec covers the whole reference catalog; the facade reaches every operation of the spec."""

from __future__ import annotations

import csv
import functools
import re
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

import np6
from np6._operation import Operation, Resource

from .conftest import ROOT, operations

RESOURCES = [
    name
    for name, value in vars(np6._client.BaseClient).items()
    if isinstance(value, functools.cached_property) and not name.startswith("_")
]


def catalog() -> list[dict[str, str]]:
    with (ROOT / "openapi" / "catalog.tsv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_catalog_operation_is_in_the_spec(spec: dict[str, Any]) -> None:
    rows = catalog()
    assert len(rows) == 81
    missing = [
        f"{row['method']} {row['path']}"
        for row in rows
        if row["method"].lower() not in spec["paths"].get(row["path"], {})
    ]
    assert missing == []


def test_catalog_flags_and_sections_are_kept(spec: dict[str, Any]) -> None:
    for row in catalog():
        op = spec["paths"][row["path"]][row["method"].lower()]
        where = f"{row['method']} {row['path']}"
        assert op["tags"] == [row["section"].split(" — ")[0]], where
        if row["deprecated"] != "unknown":
            assert op.get("deprecated", False) is (row["deprecated"] == "yes"), where
        if row["experimental"] != "unknown":
            assert op.get("x-np6-experimental", False) is (row["experimental"] == "yes"), where


def test_operations_beyond_the_catalog_say_where_they_come_from(spec: dict[str, Any]) -> None:
    known = {(row["method"], row["path"]) for row in catalog()}
    for method, path, op in operations(spec):
        if (method, path) not in known:
            assert op.get("x-np6-inferred") or op.get("x-np6-source"), f"{method} {path}"
            source = op.get("x-np6-source")
            # "cookbook": ../shared/np6-reference/cookbook-facts.md, NP6's example scripts.
            if source and source != "cookbook":
                assert (ROOT / source).is_file(), source


def _bound_operations(client: np6.Client | np6.AsyncClient) -> dict[str, Any]:
    """ "resource.method" -> the bound callable, over every resource of the client."""
    found: dict[str, Any] = {}
    for name in RESOURCES:
        resource = getattr(client, name)
        assert isinstance(resource, Resource)
        for attr in dir(type(resource)):
            value = getattr(type(resource), attr)
            if isinstance(value, Operation):
                assert value.name == f"{name}.{attr}"
                found[value.name] = getattr(resource, attr)
    return found


METHOD_NAME = re.compile(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*")


def test_every_operation_names_its_facade_method(spec: dict[str, Any]) -> None:
    """`x-np6-method: resource.method` is on every operation, unique, and is where np6 binds it;
    `x-np6-adapted: true` exactly where np6 puts its own signature in front."""
    client = np6.Client(api_key="k")
    seen: dict[str, str] = {}
    for method, path, op in operations(spec):
        where = f"{method} {path} ({op['operationId']})"
        name = op.get("x-np6-method")
        assert isinstance(name, str) and METHOD_NAME.fullmatch(name), where
        assert name not in seen, f"{where} and {seen[name]} both say {name}"
        seen[name] = where
        resource, attr = name.split(".")
        assert resource in RESOURCES, where
        bound = getattr(type(getattr(client, resource)), attr, None)
        assert isinstance(bound, Operation), where
        assert bound.module.__name__.rpartition(".")[2] == snake_case(op["operationId"]), where
        assert bound.adapted is op.get("x-np6-adapted", False), where


def test_np6_resources_bind_only_adapted_operations() -> None:
    """Plain bindings are generated (np6_api.bindings); np6/resources only adds to them."""
    client = np6.Client(api_key="k")
    for name in RESOURCES:
        cls = type(getattr(client, name))
        if not cls.__module__.startswith("np6.resources."):
            continue
        for attr, value in vars(cls).items():
            if isinstance(value, Operation):
                assert value.adapted, f"{name}.{attr} is a plain binding: the generator writes it"


@pytest.mark.parametrize("client_class", [np6.Client, np6.AsyncClient])
def test_every_operation_is_reachable(spec: dict[str, Any], client_class: Any) -> None:
    client = client_class(api_key="k")
    bound = _bound_operations(client)
    wanted = {op["x-np6-method"] for _, _, op in operations(spec)}
    assert sorted(wanted - set(bound)) == []
    assert sorted(set(bound) - wanted) == []
    for name, method in bound.items():
        assert method.func.__self__ is client, name


def test_resources_follow_the_reference_sections() -> None:
    assert set(RESOURCES) == {
        "actions", "notifications", "archives", "displays", "workflows", "campaigns", "targets",
        "fields", "value_lists", "segments", "imports", "subscriptions", "webtasks", "compilables",
        "applications", "categories", "marketing_pressure",
    }  # fmt: skip
