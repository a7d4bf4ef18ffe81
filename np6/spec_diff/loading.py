"""Reading the inputs: safe parsing (np6._openapi), the cheap OpenAPI shape check, --validate."""

from __future__ import annotations

import datetime
import importlib
import re
from pathlib import Path
from typing import Any

from .._openapi import HTTP_METHODS, DocumentError, load_document
from .model import JsonDict, SpecError


def load_spec(path: str | Path) -> JsonDict:
    """Read a YAML or JSON OpenAPI 3.x document; raise SpecError when it cannot be used."""
    try:
        doc = load_document(path)
    except DocumentError as exc:
        raise SpecError(str(exc)) from None
    problem = openapi_problem(doc)
    if problem:
        raise SpecError(f"{path}: not a valid OpenAPI 3.x document: {problem}")
    return doc  # type: ignore[no-any-return]


def openapi_problem(doc: Any) -> str | None:
    """The cheap validity check: the shape every later step relies on. None when it is fine."""
    if not isinstance(doc, dict):
        return "the top level is not a mapping"
    version = doc.get("openapi")
    if version is None:
        return "Swagger 2.0 is not supported" if "swagger" in doc else "no `openapi` field"
    if not isinstance(version, str) or not re.fullmatch(r"3\.\d+(\.\d+)?(-[\w.]+)?", version):
        return f"`openapi: {version}` is not a 3.x version"
    if not isinstance(doc.get("info"), dict):
        return "`info` is missing or not a mapping"
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return "`paths` is missing or not a mapping"
    for path, item in paths.items():
        if not isinstance(item, dict):
            return f"path `{path}` is not a mapping"
        for method in HTTP_METHODS:
            if method in item and not isinstance(item[method], dict):
                return f"`{method} {path}` is not a mapping"
    components = doc.get("components", {})
    if not isinstance(components, dict):
        return "`components` is not a mapping"
    for section in ("schemas", "securitySchemes", "parameters", "responses", "requestBodies"):
        if not isinstance(components.get(section, {}), dict):
            return f"`components.{section}` is not a mapping"
    return None


def validate_full(doc: JsonDict, path: str | Path) -> None:
    """Full JSON-schema validation with openapi-spec-validator (opt-in: it is slow on big specs)."""
    try:
        validator = importlib.import_module("openapi_spec_validator")
    except ImportError:
        raise SpecError("--validate needs openapi-spec-validator, which is not installed") from None
    try:
        validator.validate(doc)
    except Exception as exc:  # the validator raises several unrelated exception types
        message = getattr(exc, "message", None) or str(exc)
        raise SpecError(f"{path}: not a valid OpenAPI document: {_one_line(message)}") from None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:300]


def _normalize(node: Any) -> Any:
    """Make YAML and JSON inputs compare equal: string keys (YAML reads `200:` as int), dates.

    Documents from load_spec already are (load_document keeps keys as written): not copied.
    """
    return node if _json_shaped(node) else _normalized_copy(node)


def _json_shaped(node: Any) -> bool:
    if isinstance(node, dict):
        return all(type(key) is str for key in node) and all(map(_json_shaped, node.values()))
    if isinstance(node, list):
        return all(map(_json_shaped, node))
    return not isinstance(node, datetime.date)


def _normalized_copy(node: Any) -> Any:
    if isinstance(node, dict):
        return {_key(k): _normalized_copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_normalized_copy(v) for v in node]
    if isinstance(node, datetime.date):
        return node.isoformat()
    return node


def _key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)
