"""Request parameters: matched by location and name, renames and moves paired, then compared."""

from __future__ import annotations

import re
from typing import Any

from .context import _Context, _Op
from .document import _as_dict, _as_list, _canonical, _Doc
from .lifecycle import sunset
from .model import Change, JsonDict, Level


def _parameters(doc: _Doc, op: _Op) -> dict[tuple[str, str], JsonDict]:
    """Path-level parameters overridden by operation-level ones, keyed by (in, name)."""
    merged: dict[tuple[str, str], JsonDict] = {}
    for raw in _as_list(op.path_item.get("parameters")) + _as_list(op.operation.get("parameters")):
        param = doc.resolve(raw)
        if isinstance(param, dict) and isinstance(param.get("name"), str):
            where = str(param.get("in"))
            name = param["name"].lower() if where == "header" else param["name"]
            merged[(where, name)] = param
    return merged


def _param_schema(param: JsonDict) -> Any:
    if "schema" in param:
        return param["schema"]
    for media in _as_dict(param.get("content")).values():
        return _as_dict(media).get("schema", {})
    return {}


def _serialization(param: JsonDict) -> tuple[str, bool]:
    default_style = "form" if param.get("in") in ("query", "cookie") else "simple"
    style = str(param.get("style", default_style))
    return style, bool(param.get("explode", style == "form"))


def _param_shape(param: JsonDict) -> str:
    """What a parameter is apart from its name and documentation."""
    return _canonical([param.get("required"), _serialization(param), _param_schema(param)])


def _pair_parameters(
    old: _Op,
    new: _Op,
    old_params: dict[tuple[str, str], JsonDict],
    new_params: dict[tuple[str, str], JsonDict],
) -> list[tuple[tuple[str, str], tuple[str, str], str]]:
    """Match removed to added parameters that are renames or moves: (old key, new key, id)."""
    removed = sorted(old_params.keys() - new_params.keys())
    added = sorted(new_params.keys() - old_params.keys())
    pairs: list[tuple[tuple[str, str], tuple[str, str], str]] = []

    def free(old_key: tuple[str, str], new_key: tuple[str, str]) -> bool:
        return all(p[0] != old_key and p[1] != new_key for p in pairs)

    # Path parameters are positional: /x/{id} -> /x/{xId} renames the argument.
    old_names = re.findall(r"\{([^}/]*)\}", old.path)
    new_names = re.findall(r"\{([^}/]*)\}", new.path)
    for a, b in zip(old_names, new_names, strict=False):
        if a != b and ("path", a) in removed and ("path", b) in added:
            pairs.append((("path", a), ("path", b), "request-parameter-renamed"))
    # Same name in another location (query -> header).
    for key in removed:
        moved = [k for k in added if k[1].lower() == key[1].lower() and k[0] != key[0]]
        if len(moved) == 1 and free(key, moved[0]):
            pairs.append((key, moved[0], "request-parameter-location-changed"))
    # Same location and an identical definition apart from the name: a renamed parameter.
    for key in removed:
        shape = _param_shape(old_params[key])
        renamed = [k for k in added if k[0] == key[0] and _param_shape(new_params[k]) == shape]
        if len(renamed) == 1 and free(key, renamed[0]):
            pairs.append((key, renamed[0], "request-parameter-renamed"))
    return pairs


def _check_parameters(ctx: _Context, old: _Op, new: _Op) -> list[Change]:
    old_params, new_params = _parameters(ctx.old, old), _parameters(ctx.new, new)
    removed = sorted(old_params.keys() - new_params.keys())
    added = sorted(new_params.keys() - old_params.keys())
    pairs = [(k, k, "") for k in sorted(old_params.keys() & new_params.keys())]
    pairs += _pair_parameters(old, new, old_params, new_params)
    changes: list[Change] = []
    for old_key, new_key, pair_id in pairs:
        op, np = old_params[old_key], new_params[new_key]
        location = f"{new_key[0]}.{np['name']}"
        if pair_id == "request-parameter-renamed":
            old_py = ctx.naming.identifier(op["name"])
            new_py = ctx.naming.identifier(np["name"])
            reason = f"np6_api's keyword argument `{old_py}` becomes `{new_py}`."
            level: Level = "breaking" if old_py != new_py else "info"
            changes.append(
                Change(pair_id, level, new.label, location, op["name"], np["name"], reason)
            )
        elif pair_id:
            reason = "The server reads it from another part of the request."
            changes.append(
                Change(pair_id, "breaking", new.label, location, old_key[0], new_key[0], reason)
            )
        changes += _compare_parameter(ctx, new.label, location, op, np)
    for key in removed:
        if any(p[0] == key for p in pairs):
            continue
        changes += _removed_parameter(ctx, new.label, key[0], old_params[key])
    for key in added:
        if any(p[1] == key for p in pairs):
            continue
        param = new_params[key]
        location = f"{key[0]}.{param['name']}"
        if param.get("required") is True:
            reason = "Requests without it are now rejected; np6_api adds a required argument."
            change_id, level = "new-required-request-parameter", "breaking"
        else:
            reason = "A new optional parameter."
            change_id, level = "new-optional-request-parameter", "info"
        changes.append(Change(change_id, level, new.label, location, None, param["name"], reason))
    return changes


def _removed_parameter(ctx: _Context, label: str, where: str, param: JsonDict) -> list[Change]:
    """oasdiff's warning (info once deprecated), plus np6's own: the Python argument is gone."""
    name = param["name"]
    location = f"{where}.{name}"
    level: Level = "warning"
    change_id, reason = "request-parameter-removed", "The server ignores it now."
    if param.get("deprecated") is True:
        change_id, level, reason = f"{change_id}-with-deprecation", "info", "It was deprecated."
        try:
            date = sunset(param.get("x-sunset"))
        except ValueError:
            date, change_id = None, "request-parameter-sunset-parse"
            level, reason = "breaking", "x-sunset is not an RFC 3339 date."
        if date is not None and date > ctx.today:
            change_id, level = "request-parameter-removed-before-sunset", "breaking"
            reason = f"Removed before its announced sunset ({date.isoformat()})."
    python = ctx.naming.identifier(name)
    python_reason = f"np6_api drops the `{python}` argument; calls passing it fail."
    return [
        Change(change_id, level, label, location, name, None, reason),
        Change("np6-argument-removed", "breaking", label, location, python, None, python_reason),
    ]


def _compare_parameter(
    ctx: _Context, label: str, location: str, op: JsonDict, np: JsonDict
) -> list[Change]:
    changes = []
    if (op.get("deprecated") is True) != (np.get("deprecated") is True):
        what = "deprecated" if np.get("deprecated") is True else "reactivated"
        reason = "Marked deprecated." if what == "deprecated" else "No longer deprecated."
        changes.append(
            Change(f"request-parameter-{what}", "info", label, location, None, None, reason)
        )
    was, now = op.get("required") is True, np.get("required") is True
    if was != now:
        change_id = f"request-parameter-became-{'required' if now else 'optional'}"
        reason = "Requests without it are now rejected." if now else "It may be omitted now."
        states = ("required" if was else "optional", "required" if now else "optional")
        level: Level = "breaking" if now else "info"
        changes.append(Change(change_id, level, label, location, *states, reason))
    # Moving a parameter changes its default style too; the location change says it already.
    if op.get("in") == np.get("in") and _serialization(op) != _serialization(np):
        reason = "The value is encoded differently on the wire (style/explode)."
        before, after = (", ".join(map(str, _serialization(p))) for p in (op, np))
        change_id = "request-parameter-serialization-changed"
        changes.append(Change(change_id, "breaking", label, location, before, after, reason))
    changes += ctx.schema_changes(
        _param_schema(op),
        _param_schema(np),
        request=True,
        operation=label,
        location=location,
        prefixes=("request-parameter", "request-parameter"),
        bare_root=True,
    )
    return changes
