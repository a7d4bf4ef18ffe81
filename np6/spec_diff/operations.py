"""Operations added, removed, moved; per operation: metadata, request body, responses, headers."""

from __future__ import annotations

import datetime
from dataclasses import replace
from typing import Any

from .._openapi import HTTP_METHODS
from .context import _Context, _norm_path, _Op
from .document import _as_dict, _as_list, _Doc, _show
from .lifecycle import STABILITY, UNSTABLE, stability, stability_change, sunset
from .model import Change, JsonDict, Level
from .parameters import _check_parameters, _param_schema
from .security import _check_operation_security


def _operations(doc: _Doc) -> dict[tuple[str, str], _Op]:
    ops = {}
    for path, raw_item in _as_dict(doc.spec.get("paths")).items():
        item = _as_dict(doc.resolve(raw_item))
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                ops[(_norm_path(path), method)] = _Op(path, method, item[method], item)
    return ops


def _check_operations(ctx: _Context) -> list[Change]:
    """Operations removed, added, moved; then every matched pair is compared area by area."""
    old_ops, new_ops = _operations(ctx.old), _operations(ctx.new)
    pairs = [(old_ops[k], new_ops[k]) for k in sorted(old_ops.keys() & new_ops.keys())]
    added = {k: new_ops[k] for k in sorted(new_ops.keys() - old_ops.keys())}
    added_by_id: dict[str, tuple[str, str]] = {}
    for key, op in added.items():
        operation_id = op.operation.get("operationId")
        if isinstance(operation_id, str):
            added_by_id[operation_id] = key
    new_paths = {k[0] for k in new_ops}
    changes: list[Change] = []
    for key in sorted(old_ops.keys() - new_ops.keys()):
        old = old_ops[key]
        operation_id = old.operation.get("operationId")
        moved_to = added_by_id.pop(operation_id, None) if isinstance(operation_id, str) else None
        if moved_to is not None:
            new = added.pop(moved_to)
            pairs.append((old, new))
            if moved_to[0] != key[0]:
                reason = (
                    "Same operationId under a new path: raw HTTP callers break (np6_api follows)."
                )
                changes.append(
                    Change("path-renamed", "breaking", new.label, "", old.path, new.path, reason)
                )
            else:
                reason = "Same operationId with another HTTP method: raw HTTP callers break."
                old_method, new_method = old.method.upper(), new.method.upper()
                changes.append(
                    Change(
                        "method-changed", "breaking", new.label, "", old_method, new_method, reason
                    )
                )
        else:
            changes += _removal(old, path_gone=key[0] not in new_paths, today=ctx.today)
    for op in added.values():
        changes.append(
            Change("endpoint-added", "info", op.label, "", None, op.label, "New operation.")
        )
    for old, new in pairs:
        for check in (
            _check_operation_meta,
            _check_parameters,
            _check_request_body,
            _check_responses,
            _check_operation_security,
        ):
            changes += check(ctx, old, new)
    return changes


def _relax_unstable(ctx: _Context, changes: list[Change]) -> list[Change]:
    """Changes to a draft or alpha operation are info: its users were told it may move."""
    unstable = {
        op.label
        for doc in (ctx.old, ctx.new)
        for op in _operations(doc).values()
        if stability(op.operation.get("x-stability-level")) in UNSTABLE
    }
    if not unstable:
        return changes
    return [
        replace(c, level="info", reason=f"Unstable operation (draft/alpha): {c.reason}")
        if c.operation in unstable and c.level != "info" and not c.id.startswith("api-stability")
        else c
        for c in changes
    ]


def _removal(old: _Op, *, path_gone: bool, today: datetime.date) -> list[Change]:
    """oasdiff's removal ids: with or without deprecation, before the sunset; plus np6's own."""
    base = "api-path-removed" if path_gone else "api-removed"
    label = old.label
    if old.operation.get("deprecated") is not True:
        reason = "The operation is gone without being deprecated first; calls to it fail."
        return [Change(f"{base}-without-deprecation", "breaking", label, "", label, None, reason)]
    try:
        date = sunset(old.operation.get("x-sunset"))
    except ValueError:
        value = _show(old.operation.get("x-sunset"))
        reason = "x-sunset is not an RFC 3339 date."
        return [Change("api-path-sunset-parse", "breaking", label, "x-sunset", value, None, reason)]
    if date is not None and date > today:
        reason = f"Removed before its announced sunset ({date.isoformat()})."
        return [Change(f"{base}-before-sunset", "breaking", label, "", label, None, reason)]
    reason = "Deprecated first, so HTTP clients were warned."
    module_reason = "np6_api loses this operation's module: code importing or calling it breaks."
    return [
        Change(f"{base}-with-deprecation", "info", label, "", label, None, reason),
        Change("np6-module-removed", "breaking", label, "", label, None, module_reason),
    ]


def _lifecycle(old: _Op, new: _Op) -> list[Change]:
    """Deprecation with x-sunset, and x-stability-level (see lifecycle.py)."""
    changes = []
    label, before, after = new.label, old.operation, new.operation
    was, now = before.get("deprecated") is True, after.get("deprecated") is True
    try:
        old_sunset = sunset(before.get("x-sunset"))
        new_sunset = sunset(after.get("x-sunset"))
    except ValueError:
        value = _show(after.get("x-sunset"))
        reason = "x-sunset is not an RFC 3339 date."
        bad = "api-deprecated-sunset-parse"
        return [Change(bad, "breaking", label, "x-sunset", None, value, reason)]
    if now and not was:
        change_id = "endpoint-deprecated-with-sunset" if new_sunset else "endpoint-deprecated"
        reason = "Marked deprecated: plan a replacement before it is removed."
        shown = new_sunset.isoformat() if new_sunset else None
        changes.append(Change(change_id, "info", label, "", None, shown, reason))
    elif was and not now:
        changes.append(
            Change("endpoint-reactivated", "info", label, "", None, None, "Undeprecated.")
        )
    elif was and now and old_sunset is not None:
        if new_sunset is None:
            reason = "The announced sunset date was dropped."
            old_date = old_sunset.isoformat()
            changes.append(
                Change("sunset-deleted", "breaking", label, "x-sunset", old_date, None, reason)
            )
        elif new_sunset < old_sunset:
            reason = "The sunset moved earlier: clients get less time than promised."
            dates = (old_sunset.isoformat(), new_sunset.isoformat())
            change_id = "api-sunset-date-changed-too-small"
            changes.append(Change(change_id, "breaking", label, "x-sunset", *dates, reason))
    level_old, level_new = before.get("x-stability-level"), after.get("x-stability-level")
    if stability(level_new) is None:
        reason = f"x-stability-level must be one of {', '.join(STABILITY)}."
        bad = "api-invalid-stability-level"
        changes.append(
            Change(bad, "breaking", label, "x-stability-level", None, _show(level_new), reason)
        )
    moved = stability_change(level_old, level_new)
    if moved is not None:
        what, level, reason = moved
        old_level, new_level = str(stability(level_old)), str(stability(level_new))
        where = "x-stability-level"
        changes.append(Change(f"api-{what}", level, label, where, old_level, new_level, reason))
    return changes


def _check_operation_meta(ctx: _Context, old: _Op, new: _Op) -> list[Change]:
    """Deprecation, and where the generated function lives (tag package, operationId module)."""
    changes = _lifecycle(old, new)
    old_id, new_id = old.operation.get("operationId"), new.operation.get("operationId")
    old_tags, new_tags = _as_list(old.operation.get("tags")), _as_list(new.operation.get("tags"))
    if not ctx.naming.generate_all_tags:
        old_tags, new_tags = old_tags[:1], new_tags[:1]
    same_module = isinstance(old_id, str) and old_id == new_id
    if same_module and old_tags == new_tags:
        return changes  # nothing the generator names from has changed: skip the (slow) import
    naming = ctx.naming
    old_module = naming.operation_module(old.operation, old.path, old.method)
    new_module = naming.operation_module(new.operation, new.path, new.method)
    old_packages, new_packages = (
        naming.tag_modules(old.operation),
        naming.tag_modules(new.operation),
    )
    if old_tags != new_tags:
        before = ", ".join(f"{p}.{old_module}" for p in old_packages)
        after = ", ".join(f"{p}.{old_module}" for p in new_packages)
        moved = before != after
        reason = (
            "The first tag picks the np6_api package: imports of this operation break."
            if moved
            else "The tag changed but the np6_api package name stays the same."
        )
        location = "tags"
        changes.append(
            Change(
                "operation-tag-changed",
                "breaking" if moved else "info",
                new.label,
                location,
                before if moved else ", ".join(map(str, old_tags)),
                after if moved else ", ".join(map(str, new_tags)),
                reason,
            )
        )
    if old_module != new_module or old_id != new_id:
        before = ", ".join(f"{p}.{old_module}" for p in new_packages)
        after = ", ".join(f"{p}.{new_module}" for p in new_packages)
        moved = old_module != new_module
        reason = (
            "The np6_api module (and its inline model class names) follow the operationId."
            if moved
            else "The operationId changed but np6_api's module name stays the same."
        )
        changes.append(
            Change(
                "operation-id-changed",
                "breaking" if moved else "info",
                new.label,
                "operationId",
                before if moved else _show(old_id),
                after if moved else _show(new_id),
                reason,
            )
        )
    return changes


def _media_types(content: Any) -> dict[str, tuple[str, JsonDict]]:
    """Media types keyed case-insensitively without parameters (charset=...)."""
    return {
        str(name).split(";")[0].strip().lower(): (str(name), _as_dict(media))
        for name, media in _as_dict(content).items()
    }


def _compare_content(
    ctx: _Context, label: str, base: str, old: Any, new: Any, *, request: bool
) -> list[Change]:
    """Shared by request bodies and responses: media types, then each common media type's schema."""
    prefix = "request-body" if request else "response"
    mo, mn = _media_types(old), _media_types(new)
    removed, added = sorted(mo.keys() - mn.keys()), sorted(mn.keys() - mo.keys())
    changes: list[Change] = []
    if len(removed) == 1 and len(added) == 1:
        reason = "The body is now sent in another media type."
        change_id = f"{prefix}-media-type-changed"
        old_name, new_name = mo[removed[0]][0], mn[added[0]][0]
        changes.append(Change(change_id, "breaking", label, base, old_name, new_name, reason))
    else:
        for key in removed:
            reason = (
                "Requests in this media type are rejected now."
                if request
                else "Clients expecting this media type no longer get it."
            )
            change_id = f"{prefix}-media-type-removed"
            changes.append(Change(change_id, "breaking", label, base, mo[key][0], None, reason))
        for key in added:
            reason = "One more media type."
            change_id = f"{prefix}-media-type-added"
            changes.append(Change(change_id, "info", label, base, None, mn[key][0], reason))
    prefixes = (
        ("request-body", "request-property") if request else ("response-body", "response-property")
    )
    for key in sorted(mo.keys() & mn.keys()):
        changes += ctx.schema_changes(
            mo[key][1].get("schema", {}),
            mn[key][1].get("schema", {}),
            request=request,
            operation=label,
            location=f"{base} {mn[key][0]}",
            prefixes=prefixes,
        )
    return changes


def _check_request_body(ctx: _Context, old: _Op, new: _Op) -> list[Change]:
    ob = _as_dict(ctx.old.resolve(old.operation.get("requestBody")))
    nb = _as_dict(ctx.new.resolve(new.operation.get("requestBody")))
    if not ob and not nb:
        return []
    label, location = new.label, "requestBody"
    if not nb:
        reason = "The operation takes no body any more; np6_api drops its `body` argument."
        return [Change("request-body-removed", "breaking", label, location, "body", None, reason)]
    changes = []
    was = "required" if ob.get("required") is True else "optional" if ob else "absent"
    now = "required" if nb.get("required") is True else "optional"
    if was != now:
        change_id = f"request-body-{'added' if was == 'absent' else 'became'}-{now}"
        level: Level = "breaking" if now == "required" else "info"
        reason = (
            "Requests without a body are now rejected."
            if now == "required"
            else "The body is optional."
        )
        changes.append(Change(change_id, level, label, location, was, now, reason))
    return changes + _compare_content(
        ctx, label, location, ob.get("content"), nb.get("content"), request=True
    )


def _check_responses(ctx: _Context, old: _Op, new: _Op) -> list[Change]:
    ro = {str(k): v for k, v in _as_dict(old.operation.get("responses")).items()}
    rn = {str(k): v for k, v in _as_dict(new.operation.get("responses")).items()}
    label = new.label
    changes = []
    for code in sorted(ro.keys() - rn.keys()):
        level: Level = "breaking" if code.startswith("2") else "info"
        if level == "breaking":
            reason = "A success status clients handle is no longer returned."
            change_id = "response-success-status-removed"
        else:
            change_id, reason = "response-non-success-status-removed", "Not returned any more."
        changes.append(Change(change_id, level, label, f"responses.{code}", code, None, reason))
    for code in sorted(rn.keys() - ro.keys()):
        change_id = f"response-{'success' if code.startswith('2') else 'non-success'}-status-added"
        reason = "A new status code clients may receive."
        changes.append(Change(change_id, "info", label, f"responses.{code}", None, code, reason))
    for code in sorted(ro.keys() & rn.keys()):
        old_response = _as_dict(ctx.old.resolve(ro[code]))
        new_response = _as_dict(ctx.new.resolve(rn[code]))
        base = f"responses.{code}"
        changes += _compare_content(
            ctx,
            label,
            base,
            old_response.get("content"),
            new_response.get("content"),
            request=False,
        )
        changes += _compare_headers(ctx, label, base, old_response, new_response)
    return changes


def _compare_headers(
    ctx: _Context, label: str, base: str, old: JsonDict, new: JsonDict
) -> list[Change]:
    ho = {str(k).lower(): (str(k), v) for k, v in _as_dict(old.get("headers")).items()}
    hn = {str(k).lower(): (str(k), v) for k, v in _as_dict(new.get("headers")).items()}
    changes = []
    for key in sorted(ho.keys() - hn.keys()):
        name = ho[key][0]
        where = f"{base} headers.{name}"
        level: Level
        if _as_dict(ctx.old.resolve(ho[key][1])).get("required") is True:
            change_id, level = "required-response-header-removed", "breaking"
            reason = "Clients relying on this header get nothing."
        else:
            change_id, level = "optional-response-header-removed", "warning"
            reason = "An optional header clients may read is gone."
        changes.append(Change(change_id, level, label, where, name, None, reason))
    for key in sorted(hn.keys() - ho.keys()):
        name = hn[key][0]
        reason = "A new response header."
        where = f"{base} headers.{name}"
        changes.append(Change("response-header-added", "info", label, where, None, name, reason))
    for key in sorted(ho.keys() & hn.keys()):
        old_header = _as_dict(ctx.old.resolve(ho[key][1]))
        new_header = _as_dict(ctx.new.resolve(hn[key][1]))
        where = f"{base} headers.{hn[key][0]}"
        if old_header.get("required") is True and new_header.get("required") is not True:
            reason = "The header may be missing now."
            changes.append(
                Change(
                    "response-header-became-optional",
                    "breaking",
                    label,
                    where,
                    "required",
                    "optional",
                    reason,
                )
            )
        changes += ctx.schema_changes(
            _param_schema(old_header),
            _param_schema(new_header),
            request=False,
            operation=label,
            location=where,
            prefixes=("response-header", "response-header"),
            bare_root=True,
        )
    return changes
