"""Document-level checks (servers, version, component schemas) and `diff_specs`, which runs all."""

from __future__ import annotations

import datetime

from .context import _Context
from .document import _as_dict, _as_list, _Doc, _show
from .facade import _check_facade
from .loading import _normalize
from .model import Change, JsonDict, Level
from .naming import ClientNaming, _makes_model
from .operations import _check_operations, _relax_unstable
from .schemas import _content_renames, _SchemaDiff
from .security import _check_security


def _check_document(ctx: _Context) -> list[Change]:
    """Servers, webhooks and the API version string."""
    changes = []
    urls_old = {
        str(_as_dict(s).get("url", "")).rstrip("/") for s in _as_list(ctx.old.spec.get("servers"))
    }
    urls_new = {
        str(_as_dict(s).get("url", "")).rstrip("/") for s in _as_list(ctx.new.spec.get("servers"))
    }
    for url in sorted(urls_old - urls_new):
        # oasdiff has no server rule: where the API is deployed is configuration, not contract.
        reason = "Clients configured with this base URL must move (np6 takes base_url)."
        changes.append(Change("server-removed", "info", "", "servers", url, None, reason))
    for url in sorted(urls_new - urls_old):
        changes.append(Change("server-added", "info", "", "servers", None, url, "New server."))
    webhooks_old = _as_dict(ctx.old.spec.get("webhooks"))
    webhooks_new = _as_dict(ctx.new.spec.get("webhooks"))
    for name in sorted(webhooks_old.keys() - webhooks_new.keys()):
        reason = "Receivers of this webhook no longer get calls."
        where = f"webhooks.{name}"
        changes.append(Change("webhook-removed", "breaking", "", where, name, None, reason))
    for name in sorted(webhooks_new.keys() - webhooks_old.keys()):
        where = f"webhooks.{name}"
        changes.append(Change("webhook-added", "info", "", where, None, name, "New webhook."))
    version_old = _as_dict(ctx.old.spec.get("info")).get("version")
    version_new = _as_dict(ctx.new.spec.get("info")).get("version")
    if version_old != version_new:
        old, new = _show(version_old), _show(version_new)
        reason = "The API version string changed."
        changes.append(Change("api-version-changed", "info", "", "info.version", old, new, reason))
    return changes


def _check_components(ctx: _Context) -> list[Change]:
    """Component schemas renamed, removed or added, seen through the np6_api model classes."""
    old, new, naming = ctx.old.schemas, ctx.new.schemas, ctx.naming
    renames = ctx.schemas.renames
    changes = []
    for old_name, new_name in sorted(renames.items()):
        location = f"components.schemas.{old_name}"
        old_class, new_class = naming.model_class(old_name), naming.model_class(new_name)
        models = _makes_model(ctx.old.resolve(old[old_name]))
        moved = models and old_class != new_class
        reason = (
            "np6_api's model class is renamed: imports and isinstance checks break."
            if moved
            else "Renamed without a change to np6_api's class names."
        )
        before, after = (old_class, new_class) if models else (old_name, new_name)
        level: Level = "breaking" if moved else "info"
        changes.append(
            Change("component-schema-renamed", level, "", location, before, after, reason)
        )
    for name in sorted(old.keys() - new.keys() - renames.keys()):
        location = f"components.schemas.{name}"
        if _makes_model(ctx.old.resolve(old[name])):
            reason = "np6_api's model class disappears: code importing it breaks."
            before = naming.model_class(name)
            changes.append(
                Change("component-schema-removed", "breaking", "", location, before, None, reason)
            )
        else:
            reason = "No model class was generated for it; its uses are checked per operation."
            changes.append(
                Change("component-schema-removed", "info", "", location, name, None, reason)
            )
    for name in sorted(new.keys() - old.keys() - set(renames.values())):
        location = f"components.schemas.{name}"
        after = naming.model_class(name) if _makes_model(ctx.new.resolve(new[name])) else name
        changes.append(Change("component-schema-added", "info", "", location, None, after, "New."))
    return changes


def diff_specs(
    old: JsonDict,
    new: JsonDict,
    naming: ClientNaming | None = None,
    *,
    today: datetime.date | None = None,
) -> list[Change]:
    """Every change from `old` to `new`, sorted by operation, location and id.

    `today` is the date x-sunset dates are compared with (default: the real today).
    """
    old_doc, new_doc = _Doc(_normalize(old)), _Doc(_normalize(new))
    schemas = _SchemaDiff(old_doc, new_doc, _content_renames(old_doc, new_doc))
    ctx = _Context(
        old_doc, new_doc, naming or ClientNaming(), schemas, today or datetime.date.today()
    )
    changes: list[Change] = []
    # Components last: walking the operations reveals renames through $ref positions.
    for check in (
        _check_document,
        _check_security,
        _check_operations,
        _check_facade,
        _check_components,
    ):
        changes += check(ctx)
    return sorted(set(_relax_unstable(ctx, changes)), key=Change.sort_key)
