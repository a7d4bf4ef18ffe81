"""Shared fixtures: the spec as data, and a generated client wired to an httpx MockTransport."""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from np6_api.types import File, Unset
from openapi_schema_validator import OAS31Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from np6._openapi import HTTP_METHODS

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "np6.yaml"


def load_spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        return yaml.safe_load(f)  # type: ignore[no-any-return]


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation of the spec."""
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> OAS31Validator:
    """A validator for a schema taken out of the spec, its local $refs resolved in the spec."""
    registry = Registry().with_resource(
        "urn:np6", Resource.from_contents(spec, default_specification=DRAFT202012)
    )

    def absolute(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: "urn:np6" + v if k == "$ref" and isinstance(v, str) else absolute(v)
                for k, v in node.items()
            }
        if isinstance(node, list):
            return [absolute(n) for n in node]
        return node

    return OAS31Validator(absolute(schema), registry=registry)


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    return load_spec()


class Recorder:
    """An httpx MockTransport handler that records requests and answers from a callable."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.answer(request)


def python_value(hint: Any, value: Any) -> Any:
    """Turn a JSON sample into what a generated function's type hint wants (models, enums,
    dates, files, lists; the union member that accepts the value)."""
    options = [a for a in typing.get_args(hint) if a not in (Unset, type(None))]
    if isinstance(hint, types.UnionType | typing._UnionGenericAlias):  # type: ignore[attr-defined]
        for option in options:
            try:
                return python_value(option, value)
            except (TypeError, ValueError, KeyError, AttributeError):
                continue
        raise TypeError(f"{value!r} fits none of {hint}")
    origin = typing.get_origin(hint)
    if origin is list:
        (item,) = typing.get_args(hint)
        return [python_value(item, v) for v in value]
    if hint is File:
        # Bytes rather than a file object: httpx's AsyncClient cannot send a sync file.
        return File(payload=str(value).encode(), file_name="upload.csv")  # type: ignore[arg-type]
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hasattr(hint, "from_dict"):
        return hint.from_dict(value)
    if hint in (str, int, float, bool) and not isinstance(value, hint):
        raise TypeError(f"{value!r} is not {hint}")
    return value
