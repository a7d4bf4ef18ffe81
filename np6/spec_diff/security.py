"""Security requirements (global and per operation) and security scheme definitions."""

from __future__ import annotations

from typing import Any

from .context import _Context, _Op
from .document import _as_dict, _as_list
from .model import Change, JsonDict, Level

_Alternatives = frozenset[frozenset[tuple[str, tuple[str, ...]]]]


def _alternatives(security: Any) -> _Alternatives:
    """Security requirements as a set of alternatives; each is a set of (scheme, scopes)."""
    return frozenset(
        frozenset(
            (str(name), tuple(sorted(map(str, _as_list(scopes))))) for name, scopes in req.items()
        )
        for req in _as_list(security)
        if isinstance(req, dict)
    )


def _show_alternatives(alternatives: _Alternatives) -> str:
    def one(alternative: frozenset[tuple[str, tuple[str, ...]]]) -> str:
        if not alternative:
            return "anonymous"
        parts = sorted(f"{n}[{','.join(s)}]" if s else n for n, s in alternative)
        return " + ".join(parts)

    return " | ".join(sorted(one(a) for a in alternatives)) or "none"


def _compare_security(
    old: _Alternatives, new: _Alternatives, prefix: str, operation: str
) -> list[Change]:
    """Shared by global and per-operation security: did some old way of calling stop working?"""
    old_open = not old or frozenset() in old
    new_open = not new or frozenset() in new
    before, after = _show_alternatives(old), _show_alternatives(new)
    level: Level
    if old == new:
        return []
    if old_open and not new_open:
        change_id, level = f"{prefix}-security-added", "breaking"
        reason = "Calls without credentials are now rejected."
    elif new_open and not old_open:
        change_id, level = f"{prefix}-security-removed", "info"
        reason = "Credentials are no longer required."
    elif old - new:
        change_id, level = f"{prefix}-security-changed", "breaking"
        reason = "Credentials that used to work are no longer accepted."
    else:
        change_id, level = f"{prefix}-security-alternative-added", "info"
        reason = "One more way to authenticate."
    return [Change(change_id, level, operation, "security", before, after, reason)]


def _check_operation_security(ctx: _Context, old: _Op, new: _Op) -> list[Change]:
    # Inherited (global) security is compared once at document level, not once per operation.
    if "security" not in old.operation and "security" not in new.operation:
        return []
    before = _alternatives(old.operation.get("security", ctx.old.spec.get("security")))
    after = _alternatives(new.operation.get("security", ctx.new.spec.get("security")))
    return _compare_security(before, after, "operation", new.label)


def _scheme_summary(scheme: JsonDict) -> tuple[str, str]:
    """(what a client must do, the same normalized for comparison); header names are case-blind."""
    kind = str(scheme.get("type"))
    if kind == "apiKey":
        where, name = str(scheme.get("in")), str(scheme.get("name"))
        shown = f"apiKey {where} {name}"
        return shown, f"apiKey {where} {name.lower() if where == 'header' else name}"
    if kind == "http":
        shown = f"http {str(scheme.get('scheme')).lower()}"
    elif kind == "oauth2":
        flows = _as_dict(scheme.get("flows"))
        urls = []
        for flow in sorted(flows):
            data = _as_dict(flows[flow])
            urls.append(f"{flow} {data.get('tokenUrl') or data.get('authorizationUrl')}")
        shown = f"oauth2 {', '.join(urls)}"
    elif kind == "openIdConnect":
        shown = f"openIdConnect {scheme.get('openIdConnectUrl')}"
    else:
        shown = kind
    return shown, shown


def _scopes(scheme: JsonDict) -> set[str]:
    return {
        f"{flow}:{scope}"
        for flow, data in _as_dict(scheme.get("flows")).items()
        for scope in _as_dict(_as_dict(data).get("scopes"))
    }


def _check_security(ctx: _Context) -> list[Change]:
    """Global security requirements and the definitions of the security schemes."""
    changes = _compare_security(
        _alternatives(ctx.old.spec.get("security")),
        _alternatives(ctx.new.spec.get("security")),
        "global",
        "",
    )
    so, sn = ctx.old.security_schemes, ctx.new.security_schemes
    for name in sorted(so.keys() | sn.keys()):
        location = f"components.securitySchemes.{name}"
        if name not in sn:
            reason = "Requirements naming this scheme can no longer be met."
            changes.append(
                Change("security-scheme-removed", "breaking", "", location, name, None, reason)
            )
            continue
        if name not in so:
            changes.append(
                Change("security-scheme-added", "info", "", location, None, name, "New.")
            )
            continue
        old, new = _as_dict(ctx.old.resolve(so[name])), _as_dict(ctx.new.resolve(sn[name]))
        (old_shown, old_key), (new_shown, new_key) = _scheme_summary(old), _scheme_summary(new)
        if old_key != new_key:
            reason = "Clients must send their credentials differently."
            changes.append(
                Change(
                    "security-scheme-changed",
                    "breaking",
                    "",
                    location,
                    old_shown,
                    new_shown,
                    reason,
                )
            )
        for scope in sorted(_scopes(old) - _scopes(new)):
            reason = "Tokens asking for this scope will not get it."
            changes.append(
                Change("security-scope-removed", "breaking", "", location, scope, None, reason)
            )
    return changes
