"""Keyword rules as a table: one row per keyword and direction of change, with both levels.

A row says which change of one keyword it detects (added, removed, changed, increased, ...), its id
suffix, and its level in a request and in a response (None: the row does not apply there). The
levels follow oasdiff's rule table; the rule of thumb is that tightening what a client may send
breaks a request, and loosening what a client may receive breaks a response. Adding a keyword is
adding a row. Sub-schemas below keywords (`not`, `contains`, `if`...) are listed in SUBSCHEMAS and
walked by schemas.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from .document import _as_dict, _as_list, _canonical, _show
from .model import JsonDict, Level

MISSING: Any = object()


class _Raw(NamedTuple):
    """A schema-level change relative to the compared node, before it is tied to an operation."""

    what: str  # an id suffix such as "type-changed" (prefixed), or a complete id
    prefixed: bool  # True: the id gets "request-body"/"response-property"/... put in front
    level: Level
    sub: str  # schema path below the compared node: "", ".items[]", ".bounce[].type", "<Cat>"
    old: str | None
    new: str | None
    reason: str
    # Set on placeholders standing for "compare this pair of components here" (see compare()).
    link: tuple[str, str, bool, bool] | None = None


def _under(sub: str, raws: Iterable[_Raw]) -> list[_Raw]:
    return [raw._replace(sub=sub + raw.sub) for raw in raws]


def _by_direction(request: bool, tightened: bool) -> Level:
    """Tightening breaks a request (callers send what used to be fine); loosening a response."""
    if request:
        return "breaking" if tightened else "info"
    return "info" if tightened else "breaking"


def _number(value: Any) -> float | None:
    if value is MISSING or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


Fires = Callable[[Any, Any], bool]


class Rule(NamedTuple):
    keyword: str
    what: str  # id suffix, after "request-body-", "response-property-"...
    fires: Fires  # (old value or MISSING, new value or MISSING) -> does this row apply
    request: Level | None
    response: Level | None
    reason: str
    per_key: bool = False  # compare each key of a mapping (or each value of a list) on its own


def added(old: Any, new: Any) -> bool:
    return old is MISSING and new is not MISSING


def removed(old: Any, new: Any) -> bool:
    return old is not MISSING and new is MISSING


def changed(old: Any, new: Any) -> bool:
    return MISSING not in (old, new) and _canonical(old) != _canonical(new)


def differs(old: Any, new: Any) -> bool:
    return (old is MISSING) != (new is MISSING) or changed(old, new)


def _moved(up: bool) -> Fires:
    """A numeric bound present on both sides moved up (or down)."""

    def fires(old: Any, new: Any) -> bool:
        before, after = _number(old), _number(new)
        if before is None or after is None:
            return False
        return after > before if up else after < before

    return fires


def _set(old: Any, new: Any) -> bool:
    return old is MISSING and _number(new) is not None


def _unset(old: Any, new: Any) -> bool:
    return _number(old) is not None and new is MISSING


def bound_rules(keyword: str, slug: str, upper: bool, set_id: bool, unset_id: bool) -> list[Rule]:
    """maxLength, minimum...: moved on both sides, set where there was none, or unset."""
    tighter, looser = ("decreased", "increased") if upper else ("increased", "decreased")
    # Moving toward tighter: breaks requests; moving looser: breaks responses.
    rules = [
        Rule(
            keyword,
            f"{slug}-{tighter}",
            _moved(up=not upper),
            "breaking",
            "info",
            "The allowed range is narrower.",
        ),
        Rule(
            keyword,
            f"{slug}-{looser}",
            _moved(up=upper),
            "info",
            "breaking",
            "The allowed range is wider; clients may receive values outside the old range.",
        ),
    ]
    reason_set = "A bound appears where there was none."
    if set_id:  # oasdiff calls a new bound in a request a warning: some clients may exceed it
        rules += [
            Rule(keyword, f"{slug}-set", _set, "warning", None, reason_set),
            Rule(keyword, f"{slug}-{tighter}", _set, None, "info", reason_set),
        ]
    else:
        rules.append(Rule(keyword, f"{slug}-{tighter}", _set, "breaking", "info", reason_set))
    reason_unset = "The bound is gone."
    if unset_id:
        rules += [
            Rule(keyword, f"{slug}-unset", _unset, None, "breaking", reason_unset),
            Rule(keyword, f"{slug}-{looser}", _unset, "info", None, reason_unset),
        ]
    else:
        rules.append(Rule(keyword, f"{slug}-{looser}", _unset, "info", "breaking", reason_unset))
    return rules


def presence_rules(keyword: str, slug: str, reason: str, per_key: bool = False) -> list[Rule]:
    """A constraint keyword: adding it tightens (breaks requests), removing it loosens."""
    return [
        Rule(keyword, f"{slug}-added", added, "breaking", "info", reason, per_key),
        Rule(keyword, f"{slug}-removed", removed, "info", "breaking", reason, per_key),
    ]


RULES: tuple[Rule, ...] = (
    *bound_rules("maxLength", "max-length", upper=True, set_id=True, unset_id=True),
    *bound_rules("maxItems", "max-items", upper=True, set_id=False, unset_id=False),
    *bound_rules("maximum", "max", upper=True, set_id=True, unset_id=False),
    *bound_rules("exclusiveMaximum", "exclusive-max", upper=True, set_id=True, unset_id=False),
    *bound_rules("maxContains", "max-contains", upper=True, set_id=False, unset_id=False),
    *bound_rules("maxProperties", "max-properties", upper=True, set_id=False, unset_id=False),
    *bound_rules("minLength", "min-length", upper=False, set_id=False, unset_id=False),
    *bound_rules("minItems", "min-items", upper=False, set_id=True, unset_id=True),
    *bound_rules("minimum", "min", upper=False, set_id=True, unset_id=False),
    *bound_rules("exclusiveMinimum", "exclusive-min", upper=False, set_id=True, unset_id=False),
    *bound_rules("minContains", "min-contains", upper=False, set_id=False, unset_id=False),
    *bound_rules("minProperties", "min-properties", upper=False, set_id=False, unset_id=False),
    Rule("pattern", "pattern-added", added, "breaking", "info", "Values must match a pattern."),
    Rule("pattern", "pattern-removed", removed, "info", "info", "No pattern to match any more."),
    # A changed regex may accept more or fewer values: oasdiff cannot tell, nor can we.
    Rule("pattern", "pattern-changed", changed, "warning", "info", "The pattern changed."),
    Rule("default", "default-value-added", added, "info", "info", "A default appears."),
    Rule("default", "default-value-removed", removed, "info", "info", "The default is gone."),
    Rule("default", "default-value-changed", changed, "info", "info", "Another default."),
    Rule("const", "const-added", added, "breaking", "info", "Only one value is allowed now."),
    Rule("const", "const-removed", removed, "info", "breaking", "Any value may appear now."),
    Rule("const", "const-changed", changed, "breaking", "breaking", "Another fixed value."),
    *presence_rules("contains", "contains", "Arrays must (no longer) contain a matching item."),
    *presence_rules("if", "if", "A conditional schema (if) applies."),
    *presence_rules("then", "then", "A conditional schema (then) applies."),
    *presence_rules("else", "else", "A conditional schema (else) applies."),
    *presence_rules("propertyNames", "property-names", "Property names are constrained."),
    *presence_rules("unevaluatedItems", "unevaluated-items", "Extra items are constrained."),
    *presence_rules(
        "unevaluatedProperties", "unevaluated-properties", "Extra properties are constrained."
    ),
    *presence_rules("contentSchema", "content-schema", "The encoded content has a schema."),
    Rule(
        "contentMediaType",
        "content-media-type-changed",
        differs,
        "breaking",
        "breaking",
        "The string carries another media type.",
    ),
    Rule(
        "contentEncoding",
        "content-encoding-changed",
        differs,
        "breaking",
        "breaking",
        "The string is encoded differently.",
    ),
    # oasdiff's levels: fixed leading items added to a request are additive, removed ones break.
    Rule("prefixItems", "prefix-items-added", added, "info", "breaking", "Leading items typed."),
    Rule("prefixItems", "prefix-items-removed", removed, "breaking", "info", "Leading items."),
    *presence_rules(
        "dependentRequired", "dependent-required", "Fields required together.", per_key=True
    ),
    Rule(
        "dependentRequired",
        "dependent-required-changed",
        changed,
        "breaking",
        "breaking",
        "Other fields are required together.",
        per_key=True,
    ),
    *presence_rules(
        "dependentSchemas", "dependent-schema", "A schema applies with a field.", per_key=True
    ),
    *presence_rules(
        "patternProperties", "pattern-property", "Properties matching a name.", per_key=True
    ),
    Rule(
        "x-extensible-enum",
        "x-extensible-enum-value-removed",
        removed,
        "breaking",
        None,
        "Clients sending this value are now rejected.",
        per_key=True,
    ),
)


def _keyed(value: Any) -> dict[str, Any]:
    """Per-key comparison: a mapping as is, a list as {canonical value: value}."""
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    return {_canonical(v): v for v in _as_list(value)}


def keyword_changes(so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
    out: list[_Raw] = []
    for rule in RULES:
        level = rule.request if request else rule.response
        if level is None or (rule.keyword not in so and rule.keyword not in sn):
            continue
        old, new = so.get(rule.keyword, MISSING), sn.get(rule.keyword, MISSING)
        if rule.per_key:
            ko = _keyed(old) if old is not MISSING else {}
            kn = _keyed(new) if new is not MISSING else {}
            for key in sorted(ko.keys() | kn.keys()):
                if rule.fires(ko.get(key, MISSING), kn.get(key, MISSING)):
                    before = key if key in ko else None
                    after = key if key in kn else None
                    out.append(_Raw(rule.what, True, level, "", before, after, rule.reason))
        elif rule.fires(old, new):
            before = None if old is MISSING else _show(old)
            after = None if new is MISSING else _show(new)
            out.append(_Raw(rule.what, True, level, "", before, after, rule.reason))
    return out


# Sub-schemas compared when both sides have them: (keyword, how to pair, direction flipped).
# "one": a schema; "list": schemas by position; "map": schemas by key. Below `not`, what a
# client may send or receive is the complement, so tightening there loosens the whole.
SUBSCHEMAS: tuple[tuple[str, str, bool], ...] = (
    ("not", "one", True),
    ("contains", "one", False),
    ("propertyNames", "one", False),
    ("if", "one", False),
    ("then", "one", False),
    ("else", "one", False),
    ("unevaluatedItems", "one", False),
    ("unevaluatedProperties", "one", False),
    ("contentSchema", "one", False),
    ("prefixItems", "list", False),
    ("patternProperties", "map", False),
    ("dependentSchemas", "map", False),
)


def subschema_pairs(so: JsonDict, sn: JsonDict) -> Iterable[tuple[str, Any, Any, bool]]:
    """(sub path, old schema, new schema, flipped) for every sub-schema present on both sides."""
    for keyword, kind, flipped in SUBSCHEMAS:
        old, new = so.get(keyword), sn.get(keyword)
        if old is None or new is None:
            continue
        if kind == "one" and isinstance(old, dict) and isinstance(new, dict):
            yield f"/{keyword}", old, new, flipped
        elif kind == "list":
            for i, (a, b) in enumerate(zip(_as_list(old), _as_list(new), strict=False)):
                yield f"/{keyword}/{i}", a, b, flipped
        elif kind == "map":
            mo, mn = _as_dict(old), _as_dict(new)
            for key in sorted(mo.keys() & mn.keys()):
                yield f"/{keyword}/{key}", mo[key], mn[key], flipped
