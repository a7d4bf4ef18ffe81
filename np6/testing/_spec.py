"""The spec as the fake needs it: where it lives, its operations and their media types.

Read once per process and per file version (path + mtime): YAML parsing is the slow part.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .._openapi import HTTP_METHODS, load_document

JSON = "application/json"


def default_spec_path() -> Path:
    """The packaged copy (installed wheel) first, then the checkout's `openapi/np6.yaml`."""
    packaged = Path(__file__).with_name("np6.yaml")
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "openapi" / "np6.yaml"


@dataclass(frozen=True, eq=False)
class SpecOperation:
    """One operation as the fake sees it (np6._operation.Operation is the client's binding)."""

    method: str  # upper case
    template: str  # the spec's path, e.g. /segments/{id}/targets
    operation_id: str
    # status ("200", "4XX", "default") -> first media type of that response, None without a body
    responses: dict[str, str | None] = field(default_factory=dict)
    document: dict[str, Any] = field(default_factory=dict, repr=False)  # the spec's own node

    @functools.cached_property
    def success(self) -> int:
        """The documented success status (the first 2xx), 200 when none is spelled out."""
        codes = [int(s) for s in self.responses if s.isdigit() and s.startswith("2")]
        return min(codes, default=200)

    def media_type(self, status: int) -> str | None:
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in self.responses:
                return self.responses[key]
        return JSON


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per file version
class Spec:
    path: Path
    document: dict[str, Any]
    server_url: str
    operations: dict[tuple[str, str], SpecOperation]
    by_id: dict[str, SpecOperation]
    # Every media type of the spec whose payload is JSON (for the validator's deserializers).
    json_media_types: frozenset[str]


def read_spec(path: Path | None = None) -> Spec:
    resolved = (path or default_spec_path()).resolve()
    return _load(resolved, resolved.stat().st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int) -> Spec:
    document: dict[str, Any] = load_document(path)
    components = document.get("components", {})

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        # Local refs only, e.g. '#/components/responses/NotFound'.
        while "$ref" in node:
            *_, kind, name = node["$ref"].split("/")
            node = components[kind][name]
        return node

    operations: dict[tuple[str, str], SpecOperation] = {}
    json_types: set[str] = set()

    def note_json(content: dict[str, Any]) -> None:
        # NP6's vendor types (application/vnd.np6.cm.mail.archive, ...) carry JSON, except the
        # ones whose schema is a binary string (uploads).
        for media_type, body in content.items():
            schema = resolve((body or {}).get("schema") or {})
            binary = schema.get("type") == "string" and schema.get("format") in ("binary", "byte")
            vendor = media_type.startswith("application/vnd.") and not binary
            if media_type == JSON or media_type.endswith("+json") or vendor:
                json_types.add(media_type)

    for template, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            responses: dict[str, str | None] = {}
            for status, response in op.get("responses", {}).items():
                content = resolve(response).get("content") or {}
                note_json(content)
                responses[str(status)] = next(iter(content), None)
            note_json(resolve(op.get("requestBody") or {}).get("content") or {})
            operations[method.upper(), template] = SpecOperation(
                method.upper(), template, op.get("operationId", ""), responses, op
            )
    servers = document.get("servers") or [{"url": "https://api-cm.np6.com"}]
    by_id = {op.operation_id: op for op in operations.values()}
    return Spec(
        path, document, servers[0]["url"].rstrip("/"), operations, by_id, frozenset(json_types)
    )
