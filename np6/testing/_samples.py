"""Values made from the spec: its examples, or a value built from a schema.

The generic layer of the fake answers every operation that has no route with the success response
the spec documents: its example when the example passes the spec's own schema, else a value built
from the schema. So an operation added to the spec is served the day it is added. The operation
walk of the tests builds its requests the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

_FORMATS = {
    "date-time": "2026-01-01T00:00:00Z",
    "date": "2026-01-01",
    "uuid": "00000000-0000-4000-8000-000000000001",
    "email": "someone@example.com",
    "uri": "https://example.com/",
    "binary": "email\nada@example.com\n",
    "byte": "ZW1haWwK",  # base64
}
_MAX_DEPTH = 6


class Samples:
    """Examples and schema-built values for one spec document (local `$ref`s only)."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._components = document.get("components", {})

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in node:
            *_, kind, name = node["$ref"].split("/")
            node = self._components[kind][name]
        return node

    def examples(self, media: Mapping[str, Any]) -> Iterator[Any]:
        """The examples of a media type object (`example`, then each of `examples`)."""
        if "example" in media:
            yield media["example"]
        for example in (media.get("examples") or {}).values():
            example = self.resolve(example)
            if "value" in example:
                yield example["value"]

    def candidates(self, media: Mapping[str, Any]) -> Iterator[Any]:
        """What to try, best first: the examples, then a value built from the schema."""
        yield from self.examples(media)
        yield self.build(media.get("schema") or {})

    def first_valid(self, media: Mapping[str, Any], valid: Callable[[Any], bool]) -> Any:
        candidates = list(self.candidates(media))
        return next((c for c in candidates if valid(c)), candidates[-1])

    def build(self, schema: Mapping[str, Any], depth: int = 0) -> Any:
        """A small value the schema accepts: every property while shallow, then required ones."""
        schema = self.resolve(schema)
        if "const" in schema:
            return schema["const"]
        if schema.get("enum"):
            return next((v for v in schema["enum"] if v is not None), schema["enum"][0])
        if "example" in schema:
            return schema["example"]
        if "allOf" in schema:
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.build(part, depth)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                branches = [b for b in schema[keyword] if self.resolve(b).get("type") != "null"]
                return self.build((branches or schema[keyword])[0], depth) if branches else None
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null")
        if kind is None:
            kind = "object" if "properties" in schema else None
        if kind == "object":
            return self._object(schema, depth)
        if kind == "array":
            if depth >= _MAX_DEPTH or "items" not in schema:
                return []
            return [self.build(schema["items"], depth + 1)] * max(1, schema.get("minItems", 1))
        if kind == "string":
            return _FORMATS.get(schema.get("format", ""), "string")
        if kind in ("integer", "number"):
            low = schema.get("minimum", schema.get("exclusiveMinimum", -1) + 1)
            return int(low) if kind == "integer" else float(low)
        if kind == "boolean":
            return False
        return None

    def _object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        properties = schema.get("properties", {})
        required = schema.get("required", [])
        names = list(properties) if depth < _MAX_DEPTH else list(required)
        return {name: self.build(properties.get(name, {}), depth + 1) for name in names}
