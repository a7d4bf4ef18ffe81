"""How openapi-python-client names modules, packages, classes and arguments: the np6_api impact."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .._openapi import DocumentError, load_document
from .document import _as_list
from .model import JsonDict, SpecError


@dataclass(frozen=True)
class ClientNaming:
    """How openapi-python-client names things; mirrors the options of openapi/generator.yaml."""

    package: str = "np6_api"
    field_prefix: str = "field_"
    class_overrides: Mapping[str, str] = field(default_factory=dict)
    generate_all_tags: bool = False

    @classmethod
    def from_config(cls, path: str | Path) -> ClientNaming:
        try:
            data = load_document(path) or {}
        except DocumentError as exc:
            raise SpecError(f"cannot read generator config: {exc}") from None
        if not isinstance(data, dict):
            raise SpecError(f"{path}: generator config is not a mapping")
        overrides = {
            str(name): str(entry["class_name"])
            for name, entry in (data.get("class_overrides") or {}).items()
            if isinstance(entry, dict) and entry.get("class_name")
        }
        return cls(
            package=str(data.get("package_name_override") or cls.package),
            field_prefix=str(data.get("field_prefix", cls.field_prefix)),
            class_overrides=overrides,
            generate_all_tags=bool(data.get("generate_all_tags", False)),
        )

    def identifier(self, value: str, prefix: str | None = None) -> str:
        functions = _generator_names()
        if functions is None:
            return value  # generator not installed: fall back to the raw spec name
        return str(functions[0](value, self.field_prefix if prefix is None else prefix))

    def tag_modules(self, operation: JsonDict) -> list[str]:
        """The `np6_api.api.<tag>` packages an operation lands in (by default its first tag)."""
        tags = [str(t) for t in _as_list(operation.get("tags"))] or ["default"]
        if not self.generate_all_tags:
            tags = tags[:1]
        return [f"{self.package}.api.{self.identifier(tag, 'tag')}" for tag in tags]

    def operation_module(self, operation: JsonDict, path: str, method: str) -> str:
        """The module name the generator writes an operation's functions to."""
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            # The generator's fallback: method + path without braces, slashes as underscores.
            unsafe = path.replace("{", "").replace("}", "").replace("/", "_")
            unsafe = unsafe.removeprefix("_").removesuffix("_")
            operation_id = f"{method}_{unsafe}"
        # Endpoint.name is already an identifier, and the module file name is derived from it again.
        return self.identifier(self.identifier(operation_id))

    def model_class(self, component: str) -> str:
        functions = _generator_names()
        if functions is None:
            return f"{self.package}.models.{component}"
        class_name = str(functions[1](component, self.field_prefix))
        override = self.class_overrides.get(class_name)
        if override:
            class_name = str(functions[1](override, self.field_prefix))
        return f"{self.package}.models.{class_name}"


@cache
def _generator_names() -> tuple[Callable[..., str], Callable[..., str]] | None:
    """(PythonIdentifier, ClassName) of openapi-python-client, imported when a name is needed."""
    # 0.29 ships them in `strings`; older releases had them in `utils`.
    for module_name in ("openapi_python_client.strings", "openapi_python_client.utils"):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        return module.PythonIdentifier, module.ClassName
    return None


def _makes_model(schema: Any) -> bool:
    """Whether openapi-python-client generates a class (model or enum) for a component schema."""
    if not isinstance(schema, dict):
        return False
    types = schema.get("type")
    type_list = types if isinstance(types, list) else [types]
    return bool(
        "object" in type_list
        or schema.get("enum")
        or schema.get("allOf")
        or (types is None and ("properties" in schema or "additionalProperties" in schema))
    )
