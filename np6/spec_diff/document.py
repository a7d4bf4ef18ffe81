"""One side of the diff (`Doc`, `$ref` resolution) and small JSON helpers shared by every check."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from .model import JsonDict

SCHEMA_REF_PREFIX = "#/components/schemas/"
# Formats for which openapi-python-client emits a dedicated Python type instead of `str`.


def _as_dict(value: Any) -> JsonDict:
    return value if isinstance(value, dict) else {}


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _show(value: Any) -> str:
    return value if isinstance(value, str) else _canonical(value)


def _kebab(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "-", name).lower()


def _schema_ref(node: Any) -> str | None:
    """The component name when a node is a `$ref` to #/components/schemas/<name>."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            return _unescape(ref[len(SCHEMA_REF_PREFIX) :])
    return None


def _unescape(token: str) -> str:
    return unquote(token).replace("~1", "/").replace("~0", "~")


def _walk_refs(node: Any) -> Iterable[str]:
    """Every `$ref` string below a node."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


class _Doc:
    """One side of the diff: the document plus local `$ref` resolution."""

    def __init__(self, spec: JsonDict) -> None:
        self.spec = spec
        components = _as_dict(spec.get("components"))
        self.schemas = _as_dict(components.get("schemas"))
        self.security_schemes = _as_dict(components.get("securitySchemes"))
        self._pointers: dict[str, Any] = {}

    def resolve(self, node: Any) -> Any:
        """Follow a chain of local `$ref`s; an unresolvable or looping chain resolves to {}."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            node = self._pointer(ref)
        return {} if node is None else node

    def _pointer(self, ref: str) -> Any:
        if ref not in self._pointers:
            current: Any = self.spec
            for token in ref[2:].split("/"):
                part = _unescape(token)
                if isinstance(current, dict) and part in current:
                    current = current[part]
                elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
                    current = current[int(part)]
                else:
                    current = None
                    break
            self._pointers[ref] = current
        return self._pointers[ref]
