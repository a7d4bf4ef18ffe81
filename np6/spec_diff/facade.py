"""Facade impact: `client.<resource>.<method>(...)` methods that appear, disappear or change shape.

Computed from the spec alone. Each operation's method is its `x-np6-method` ("targets.get"), or
without one the generated function (`<tag package>.<module>`). Its signature follows the bindings:
path parameters positional in path order, query/header/cookie parameters keyword-only, `body` when
there is a request body; optional ones shown with `=...`. Adapters in np6/resources may put a
friendlier signature in front; a change here still tells which call sites to look at.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .context import _Context, _norm_path, _Op
from .document import _as_dict, _Doc
from .model import Change, Level
from .naming import ClientNaming
from .operations import _operations
from .parameters import _parameters


class Shape(NamedTuple):
    """A method's signature in spec names: compared as is, rendered in Python names on demand."""

    positional: tuple[str, ...]
    keywords: tuple[tuple[str, bool], ...]  # (name, required), in spec order
    body: str  # "", "required" or "optional"

    def render(self, method: str, naming: ClientNaming) -> str:
        args = [naming.identifier(name) for name in self.positional]
        keywords = [
            naming.identifier(name) + ("" if required else "=...")
            for name, required in self.keywords
        ]
        if self.body:
            keywords.append("body" if self.body == "required" else "body=...")
        if keywords:
            args += ["*", *keywords]
        return f"client.{method}({', '.join(args)})"


def _method(op: _Op, naming: ClientNaming) -> str:
    name = op.operation.get("x-np6-method")
    if isinstance(name, str) and name:
        return name
    package = naming.tag_modules(op.operation)[0].rsplit(".", 1)[-1]
    return f"{package}.{naming.operation_module(op.operation, op.path, op.method)}"


def _shape(doc: _Doc, op: _Op) -> Shape:
    params = _parameters(doc, op)
    order = re.findall(r"\{([^}/]*)\}", op.path)
    positional = tuple(name for name in order if ("path", name) in params)
    keywords = tuple(
        (str(p["name"]), p.get("required") is True)
        for (where, _), p in params.items()
        if where != "path"
    )
    body = _as_dict(doc.resolve(op.operation.get("requestBody")))
    state = ("required" if body.get("required") is True else "optional") if body else ""
    return Shape(positional, keywords, state)


def _breaks(old: Shape, new: Shape) -> bool:
    """Would a call written for the old shape fail against the new one?"""
    old_keywords, new_keywords = dict(old.keywords), dict(new.keywords)
    return (
        old.positional != new.positional
        or any(name not in new_keywords for name in old_keywords)
        or any(required and not old_keywords.get(name) for name, required in new.keywords)
        or (bool(old.body) and not new.body)
        or (new.body == "required" and old.body != "required")
    )


def _methods(ctx: _Context, doc: _Doc) -> dict[str, tuple[_Op, Shape]]:
    return {_method(op, ctx.naming): (op, _shape(doc, op)) for op in _operations(doc).values()}


def _check_facade(ctx: _Context) -> list[Change]:
    old, new = _methods(ctx, ctx.old), _methods(ctx, ctx.new)
    naming, changes = ctx.naming, []
    # The same operation (path and method, or operationId) under another method name.
    new_by_op = {key: name for name, (op, _) in new.items() for key in _op_keys(op)}
    renamed: dict[str, str] = {}
    for name in sorted(old.keys() - new.keys()):
        target = next((new_by_op[k] for k in _op_keys(old[name][0]) if k in new_by_op), None)
        if target is not None and target not in old:
            renamed[name] = target
    for name in sorted(old.keys() - new.keys()):
        op, shape = old[name]
        before = shape.render(name, naming)
        if name in renamed:
            target = renamed[name]
            after = new[target][1].render(target, naming)
            reason = "The facade method is renamed: callers must use the new name."
            changes.append(
                Change("facade-method-renamed", "breaking", op.label, "", before, after, reason)
            )
        else:
            reason = "The facade method is gone: code calling it breaks."
            changes.append(
                Change("facade-method-removed", "breaking", op.label, "", before, None, reason)
            )
    for name in sorted(new.keys() - old.keys() - set(renamed.values())):
        op, shape = new[name]
        after = shape.render(name, naming)
        changes.append(Change("facade-method-added", "info", op.label, "", None, after, "New."))
    for name in sorted(old.keys() & new.keys()):
        (_, old_shape), (op, new_shape) = old[name], new[name]
        if old_shape == new_shape:
            continue
        level: Level = "breaking" if _breaks(old_shape, new_shape) else "info"
        reason = (
            "Calls written for the old signature fail."
            if level == "breaking"
            else "Existing calls keep working."
        )
        before, after = old_shape.render(name, naming), new_shape.render(name, naming)
        changes.append(
            Change("facade-signature-changed", level, op.label, "", before, after, reason)
        )
    return changes


def _op_keys(op: _Op) -> list[str]:
    keys = [f"{op.method} {_norm_path(op.path)}"]
    operation_id = op.operation.get("operationId")
    if isinstance(operation_id, str):
        keys.append(f"id:{operation_id}")
    return keys
