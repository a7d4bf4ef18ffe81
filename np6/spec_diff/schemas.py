"""Schema comparison: one walk over both schemas, each keyword family a method."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from .document import (
    SCHEMA_REF_PREFIX,
    _as_dict,
    _as_list,
    _canonical,
    _Doc,
    _kebab,
    _schema_ref,
    _show,
    _walk_refs,
)
from .model import JsonDict, Level

# Formats for which openapi-python-client emits a dedicated Python type instead of `str`.
PYTHON_TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
# Size/range keywords: True when the keyword is an upper bound.
BOUNDS: tuple[tuple[str, bool], ...] = (
    ("maxLength", True),
    ("maxItems", True),
    ("maxProperties", True),
    ("maximum", True),
    ("exclusiveMaximum", True),
    ("minLength", False),
    ("minItems", False),
    ("minProperties", False),
    ("minimum", False),
    ("exclusiveMinimum", False),
)


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


def _types(schema: JsonDict) -> frozenset[str] | None:
    """Declared (or implied) JSON types without "null"; None means unconstrained."""
    declared = schema.get("type")
    if isinstance(declared, str):
        types = {declared}
    elif isinstance(declared, list):
        types = {str(t) for t in declared}
    elif "properties" in schema or "additionalProperties" in schema:
        types = {"object"}
    elif "items" in schema:
        types = {"array"}
    else:
        return None
    types.discard("null")
    return frozenset(types) if types else None


def _accepts(types: frozenset[str], json_type: str) -> bool:
    return json_type in types or (json_type == "integer" and "number" in types)


def _nullable(schema: JsonDict) -> bool:
    declared = schema.get("type")
    return (
        schema.get("nullable") is True
        or (isinstance(declared, list) and "null" in declared)
        or declared == "null"
        or None in _as_list(schema.get("enum"))
    )


def _is_null_schema(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("enum") == [None])


def _unwrap_null(schema: JsonDict) -> tuple[Any, bool]:
    """Split `anyOf/oneOf: [X, {type: null}]` (3.1's "nullable X") into X and a flag."""
    for keyword in ("oneOf", "anyOf"):
        members = _as_list(schema.get(keyword))
        if any(_is_null_schema(m) for m in members):
            rest = [m for m in members if not _is_null_schema(m)]
            if len(rest) == 1:
                return rest[0], True
            return {**schema, keyword: rest}, True
    return schema, _nullable(schema)


def _composed(schema: JsonDict) -> bool:
    return isinstance(schema.get("oneOf"), list) or isinstance(schema.get("anyOf"), list)


def _as_schema(node: Any) -> JsonDict:
    if node is False:
        return {"not": {}}
    return node if isinstance(node, dict) else {}


def _enum_values(schema: JsonDict) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    values = schema.get("enum")
    return [v for v in values if v is not None] if isinstance(values, list) else None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


class _SchemaDiff:
    """Compares schemas; each pair of referenced components is compared once for the whole diff.

    Below a root, a pair of `$ref`s is not followed inline: it becomes a link, and compare() visits
    the links breadth-first, each pair once per root. Recursive schemas therefore terminate, shared
    components cost one comparison, and a change is reported at the shortest path reaching it.
    """

    def __init__(self, old: _Doc, new: _Doc, renames: dict[str, str]) -> None:
        self.old, self.new = old, new
        self.renames = renames  # old component name -> new name; $ref positions add more
        self.unchanged = _unchanged_components(old, new)
        self._pairs: dict[tuple[str, str, bool, bool], list[_Raw]] = {}
        self._active: set[tuple[Any, ...]] = set()  # nodes being compared, for one-sided refs

    def compare(self, old: Any, new: Any, request: bool) -> list[_Raw]:
        out: list[_Raw] = []
        seen: set[tuple[str, str, bool, bool]] = set()
        queue = deque(self._node(old, new, request, nullable_done=False))
        while queue:
            raw = queue.popleft()
            if raw.link is None:
                out.append(raw)
            elif raw.link not in seen:
                seen.add(raw.link)
                queue.extend(_under(raw.sub, self._pair(raw.link)))
        return out

    def _pair(self, key: tuple[str, str, bool, bool]) -> list[_Raw]:
        if key not in self._pairs:
            old_ref, new_ref, request, nullable_done = key
            self._pairs[key] = self._resolved(
                {"$ref": old_ref}, {"$ref": new_ref}, request, nullable_done
            )
        return self._pairs[key]

    def _node(self, old: Any, new: Any, request: bool, nullable_done: bool) -> list[_Raw]:
        old_ref, new_ref = _schema_ref(old), _schema_ref(new)
        if old_ref is not None and new_ref is not None:
            if old_ref == new_ref and old_ref in self.unchanged:
                return []
            if old_ref != new_ref:
                self._note_rename(old_ref, new_ref)
            link = (old["$ref"], new["$ref"], request, nullable_done)
            return [_Raw("", False, "info", "", None, None, "", link)]
        # A $ref on one side only: follow it inline; the guard stops schemas that recurse that way.
        key = (_identity(old), _identity(new), request, nullable_done)
        if key in self._active:
            return []
        self._active.add(key)
        try:
            return self._resolved(old, new, request, nullable_done)
        finally:
            self._active.discard(key)

    def _note_rename(self, old_name: str, new_name: str) -> None:
        """A position now points to another component: a rename if one vanished and one appeared."""
        if (
            old_name not in self.new.schemas
            and new_name not in self.old.schemas
            and old_name not in self.renames
            and new_name not in self.renames.values()
        ):
            self.renames[old_name] = new_name

    def _resolved(self, old: Any, new: Any, request: bool, nullable_done: bool) -> list[_Raw]:
        so = self._flatten(self.old, _as_schema(self.old.resolve(old)), set())
        sn = self._flatten(self.new, _as_schema(self.new.resolve(new)), set())
        inner_old, old_null = _unwrap_null(so)
        inner_new, new_null = _unwrap_null(sn)
        out = [] if nullable_done else self._nullability(old_null, new_null, request)
        if inner_old is not so or inner_new is not sn:
            next_old = old if inner_old is so else inner_old
            next_new = new if inner_new is sn else inner_new
            return out + self._node(next_old, next_new, request, nullable_done=True)
        if _composed(so) != _composed(sn):
            # X became oneOf [X, Y] (or back): only the variants can be compared meaningfully.
            return out + self._variants(old, new, so, sn, request)
        type_changes, comparable = self._type(so, sn, request)
        out += type_changes
        if not comparable:
            return out  # e.g. object -> string: the details below would only add noise
        for check in (self._enum, self._bounds, self._pattern, self._default):
            out += check(so, sn, request)
        out += self._object(so, sn, request)
        out += self._array(so, sn, request)
        out += self._variants(old, new, so, sn, request)
        out += self._discriminator(so, sn, request)
        return out

    def _flatten(self, doc: _Doc, schema: JsonDict, seen: set[str]) -> JsonDict:
        """Merge `allOf` members into one schema so that inheritance reshuffles are not changes."""
        members = _as_list(schema.get("allOf"))
        if not members:
            return schema
        merged: JsonDict = {k: v for k, v in schema.items() if k != "allOf"}
        properties: JsonDict = {}
        required: list[Any] = []
        for member in members:
            ref = member.get("$ref") if isinstance(member, dict) else None
            if ref in seen:
                continue
            part = self._flatten(doc, _as_schema(doc.resolve(member)), seen | {str(ref)})
            properties.update(_as_dict(part.get("properties")))
            required += _as_list(part.get("required"))
            for k, v in part.items():
                if k not in ("properties", "required"):
                    merged.setdefault(k, v)
        properties.update(_as_dict(schema.get("properties")))
        required += _as_list(schema.get("required"))
        if properties:
            merged["properties"] = properties
        if required:
            merged["required"] = sorted({str(r) for r in required})
        return merged

    # One method per family of keywords; each returns changes relative to the compared node.

    @staticmethod
    def _nullability(old: bool, new: bool, request: bool) -> list[_Raw]:
        if old == new:
            return []
        if new:
            reason = (
                "null is now accepted as well."
                if request
                else "The value may now be null; code assuming a value (and np6_api's type) breaks."
            )
            level = _by_direction(request, False)
            return [_Raw("nullable-added", True, level, "", "not nullable", "nullable", reason)]
        reason = (
            "Clients that send null are now rejected."
            if request
            else "The value is never null any more."
        )
        level = _by_direction(request, True)
        return [_Raw("nullable-removed", True, level, "", "nullable", "not nullable", reason)]

    @staticmethod
    def _type(so: JsonDict, sn: JsonDict, request: bool) -> tuple[list[_Raw], bool]:
        to, tn = _types(so), _types(sn)
        if to == tn:
            return _SchemaDiff._format(so, sn, request), True
        if (to is None and "not" in so) or (tn is None and "not" in sn):
            return [], True
        if to is None:
            tightened, comparable = True, True
        elif tn is None:
            tightened, comparable = False, True
        else:
            tightened = not all(_accepts(tn, t) for t in to)
            loosened = not all(_accepts(to, t) for t in tn)
            comparable = any(_accepts(tn, t) for t in to) or any(_accepts(to, t) for t in tn)
            if not tightened and not loosened:
                return [], True
            # A change that does both (string -> integer) breaks either way.
            tightened = tightened if request else not loosened
        reason = (
            "Values of the old type are no longer accepted."
            if request
            else "Responses can now carry a type clients (and np6_api's models) do not expect."
        )
        if _by_direction(request, tightened) == "info":
            reason = "Every value that was valid before is still valid."
        raw = _Raw(
            "type-changed",
            True,
            _by_direction(request, tightened),
            "",
            "|".join(sorted(to)) if to else "any",
            "|".join(sorted(tn)) if tn else "any",
            reason,
        )
        return [raw], comparable

    @staticmethod
    def _format(so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        fo, fn = so.get("format"), sn.get("format")
        if fo == fn:
            return []
        if "string" in (_types(so) or ()) and {fo, fn} & PYTHON_TYPED_FORMATS:
            level: Level = "breaking"
            reason = "np6_api maps this format to a different Python type."
        elif request:
            level = "info" if fn is None else "breaking"
            reason = "The server validates a different format." if fn else "Any format is accepted."
        else:
            level = "info" if fo is None else "breaking"
            reason = "Responses no longer follow the documented format." if fo else "Format added."
        old, new = (None if f is None else _show(f) for f in (fo, fn))
        return [_Raw("format-changed", True, level, "", old, new, reason)]

    @staticmethod
    def _enum(so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        eo, en = _enum_values(so), _enum_values(sn)
        if eo is None and en is None:
            return []
        if eo is None or en is None:
            if eo is None:
                what, level = "enum-constraint-added", _by_direction(request, True)
                reason = "Only the listed values are allowed now."
            else:
                what = "enum-constraint-removed"
                level = "info" if request else "warning"
                reason = "Any value is allowed now; clients may meet values they do not know."
            return [_Raw(what, True, level, "", _show(eo or "any"), _show(en or "any"), reason)]
        old_keys, new_keys = {_canonical(v) for v in eo}, {_canonical(v) for v in en}
        out = [
            _Raw(
                "enum-value-removed",
                True,
                _by_direction(request, True),
                "",
                _show(v),
                None,
                "Clients sending this value are now rejected."
                if request
                else "The server no longer sends this value.",
            )
            for v in eo
            if _canonical(v) not in new_keys
        ]
        out += [
            _Raw(
                "enum-value-added",
                True,
                "info" if request else "warning",
                "",
                None,
                _show(v),
                "One more value is accepted."
                if request
                else "Clients may receive an unknown value (np6_api enums raise ValueError).",
            )
            for v in en
            if _canonical(v) not in old_keys
        ]
        return out

    @staticmethod
    def _bounds(so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        out = []
        for keyword, upper in BOUNDS:
            vo, vn = _number(so.get(keyword)), _number(sn.get(keyword))
            if vo == vn:
                continue
            went_down = vo is None if upper else vn is None
            if vo is not None and vn is not None:
                went_down = vn < vo
            tightened = went_down if upper else not went_down
            if request:
                level: Level = "breaking" if tightened else "info"
            else:
                level = "info" if tightened else "warning"
            reason = {
                (True, True): "Values that used to be accepted are now out of range.",
                (True, False): "A wider range is accepted.",
                (False, True): "Responses stay within a narrower range.",
                (False, False): "Clients may receive values outside the old range.",
            }[(request, tightened)]
            what = f"{_kebab(keyword)}-{'decreased' if went_down else 'increased'}"
            raw = _Raw(what, True, level, "", _show(so.get(keyword, "none")), "", reason)
            out.append(raw._replace(new=_show(sn.get(keyword, "none"))))
        return out

    @staticmethod
    def _pattern(so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        po, pn = so.get("pattern"), sn.get("pattern")
        if po == pn:
            return []
        what = (
            "pattern-added"
            if po is None
            else "pattern-removed"
            if pn is None
            else "pattern-changed"
        )
        level: Level = "breaking" if request and pn is not None else "info"
        reason = (
            "Values that matched the old rule may now be rejected."
            if level == "breaking"
            else "The documented pattern changed; nothing a client sends becomes invalid."
        )
        return [_Raw(what, True, level, "", po, pn, reason)]

    @staticmethod
    def _default(so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        if not request or so.get("default") == sn.get("default"):
            return []
        reason = "Requests that omit it now get a different behaviour."
        old = _show(so["default"]) if "default" in so else None
        new = _show(sn["default"]) if "default" in sn else None
        return [_Raw("default-changed", True, "warning", "", old, new, reason)]

    def _visible_properties(self, doc: _Doc, schema: JsonDict, request: bool) -> JsonDict:
        """Properties a side sees: readOnly ones are never sent, writeOnly ones never received."""
        hidden = "readOnly" if request else "writeOnly"
        return {
            str(name): node
            for name, node in _as_dict(schema.get("properties")).items()
            if _as_dict(doc.resolve(node)).get(hidden) is not True
        }

    def _object(self, so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        po = self._visible_properties(self.old, so, request)
        pn = self._visible_properties(self.new, sn, request)
        ro = {str(r) for r in _as_list(so.get("required"))}
        rn = {str(r) for r in _as_list(sn.get("required"))}
        side = "request" if request else "response"
        out: list[_Raw] = []
        for name in po.keys() - pn.keys():
            if request:
                level: Level = "warning"
                reason = "The server ignores or rejects it now; np6_api drops the model attribute."
            else:
                level = "breaking"
                reason = "Clients reading it get nothing; np6_api drops the model attribute."
            out.append(
                _Raw(f"{side}-property-removed", False, level, f".{name}", name, None, reason)
            )
        for name in pn.keys() - po.keys():
            if request and name in rn:
                what, level = "new-required-request-property", "breaking"
                reason = "Requests without it are now rejected."
            else:
                what = "new-optional-request-property" if request else "response-property-added"
                level, reason = "info", "A new optional field."
            out.append(_Raw(what, False, level, f".{name}", None, name, reason))
        for name in sorted(po.keys() & pn.keys()):
            was, now = name in ro, name in rn
            if was != now:
                what = f"{side}-property-became-{'required' if now else 'optional'}"
                if request:
                    level = "breaking" if now else "info"
                    reason = (
                        "Requests without it are now rejected." if now else "It may be omitted."
                    )
                else:
                    level = "info" if now else "breaking"
                    reason = (
                        "It is always present now."
                        if now
                        else "It may be missing; np6_api types it as Unset | value."
                    )
                states = ("required" if was else "optional", "required" if now else "optional")
                out.append(_Raw(what, False, level, f".{name}", *states, reason))
            out += _under(f".{name}", self._node(po[name], pn[name], request, False))
        return out + self._additional(so, sn, request)

    def _additional(self, so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        ao, an = so.get("additionalProperties"), sn.get("additionalProperties")
        if ao == an or not ({"object"} & ((_types(so) or set()) | (_types(sn) or set()))):
            return []
        old_open, new_open = ao is not False, an is not False
        if old_open and not new_open:
            level: Level = "breaking" if request else "info"
            reason = "Extra fields that used to be accepted are now rejected."
            return [_Raw("additional-properties-closed", True, level, "", "open", "closed", reason)]
        if new_open and not old_open:
            reason = "Extra fields are allowed; np6_api keeps them in additional_properties."
            return [
                _Raw("additional-properties-opened", True, "info", "", "closed", "open", reason)
            ]
        if isinstance(ao, dict) or isinstance(an, dict):
            return _under(".*", self._node(_as_schema(ao), _as_schema(an), request, False))
        return []

    def _array(self, so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        if "items" not in so and "items" not in sn:
            return []
        # Missing `items` means any item, which {} says as well.
        items = self._node(so.get("items", {}), sn.get("items", {}), request, False)
        return _under("[]", items)

    def _variant_key(self, node: Any, index: int, old: bool) -> str:
        name = _schema_ref(node)
        if name is not None:
            return self.renames.get(name, name) if old else name
        title = _as_dict(node).get("title")
        return str(title) if title else f"#{index}"

    def _pair_renamed_variants(self, old_variants: list[Any], new_variants: list[Any]) -> None:
        """One variant's component vanished and one appeared in the same list: that is a rename."""
        gone = [n for n in map(_schema_ref, old_variants) if n and n not in self.new.schemas]
        came = [n for n in map(_schema_ref, new_variants) if n and n not in self.old.schemas]
        if len(gone) == 1 and len(came) == 1:
            self._note_rename(gone[0], came[0])

    def _variants(
        self, old: Any, new: Any, so: JsonDict, sn: JsonDict, request: bool
    ) -> list[_Raw]:
        out: list[_Raw] = []
        for keyword in ("oneOf", "anyOf"):
            vo, vn = so.get(keyword), sn.get(keyword)
            if not isinstance(vo, list) and not isinstance(vn, list):
                continue
            # A plain schema on one side counts as a single variant (e.g. X became oneOf [X, Y]).
            old_variants = vo if isinstance(vo, list) else [old]
            new_variants = vn if isinstance(vn, list) else [new]
            self._pair_renamed_variants(old_variants, new_variants)
            olds = {self._variant_key(v, i, True): v for i, v in enumerate(old_variants)}
            news = {self._variant_key(v, i, False): v for i, v in enumerate(new_variants)}
            what = _kebab(keyword)
            for key in olds.keys() - news.keys():
                reason = (
                    "Clients can no longer send this shape."
                    if request
                    else "The server no longer returns this shape."
                )
                level = _by_direction(request, True)
                out.append(_Raw(f"{what}-variant-removed", True, level, "", key, None, reason))
            for key in news.keys() - olds.keys():
                reason = (
                    "One more shape is accepted."
                    if request
                    else "Clients may receive a shape they cannot parse yet."
                )
                level = "info" if request else "warning"
                out.append(_Raw(f"{what}-variant-added", True, level, "", None, key, reason))
            for key in sorted(olds.keys() & news.keys()):
                out += _under(f"<{key}>", self._node(olds[key], news[key], request, False))
        return out

    def _mapping_target(self, value: Any, old: bool) -> str:
        name = _schema_ref({"$ref": value}) if isinstance(value, str) else None
        name = name or str(value)
        return self.renames.get(name, name) if old else name

    def _discriminator(self, so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        do, dn = so.get("discriminator"), sn.get("discriminator")
        if not isinstance(do, dict) and not isinstance(dn, dict):
            return []
        if not isinstance(do, dict) or not isinstance(dn, dict):
            what = "discriminator-added" if isinstance(dn, dict) else "discriminator-removed"
            reason = "How variants are told apart changed."
            return [_Raw(what, True, "warning", "", None, None, reason)]
        out: list[_Raw] = []
        if do.get("propertyName") != dn.get("propertyName"):
            reason = "Variants are told apart by another field; payloads must change."
            old, new = _show(do.get("propertyName")), _show(dn.get("propertyName"))
            out.append(
                _Raw("discriminator-property-changed", True, "breaking", "", old, new, reason)
            )
        mo = {str(k): self._mapping_target(v, True) for k, v in _as_dict(do.get("mapping")).items()}
        mn = {
            str(k): self._mapping_target(v, False) for k, v in _as_dict(dn.get("mapping")).items()
        }
        for value in mo.keys() - mn.keys():
            reason = "This discriminator value no longer selects a variant."
            level = _by_direction(request, True)
            out.append(_Raw("discriminator-mapping-removed", True, level, "", value, None, reason))
        for value in mn.keys() - mo.keys():
            reason = "A new discriminator value clients may meet."
            level = "info" if request else "warning"
            out.append(_Raw("discriminator-mapping-added", True, level, "", None, value, reason))
        for value in mo.keys() & mn.keys():
            if mo[value] != mn[value]:
                reason = "The same discriminator value now selects another schema."
                old, new = f"{value}: {mo[value]}", f"{value}: {mn[value]}"
                out.append(
                    _Raw("discriminator-mapping-changed", True, "breaking", "", old, new, reason)
                )
        return out


def _identity(node: Any) -> Any:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return node["$ref"]
    return id(node)


def _unchanged_components(old: _Doc, new: _Doc) -> frozenset[str]:
    """Components equal on both sides, with everything they reference: no need to compare them."""
    both = old.schemas.keys() & new.schemas.keys()
    changed = {n for n in old.schemas.keys() | new.schemas.keys() if n not in both}
    changed |= {n for n in both if old.schemas[n] != new.schemas[n]}
    users: dict[str, set[str]] = defaultdict(set)
    for doc in (old, new):
        for name, schema in doc.schemas.items():
            for ref in _walk_refs(schema):
                target = _schema_ref({"$ref": ref})
                if target is None:
                    changed.add(name)  # points outside components/schemas: do not trust equality
                else:
                    users[target].add(name)
    todo = list(changed)
    while todo:
        for user in users.get(todo.pop(), ()):
            if user not in changed:
                changed.add(user)
                todo.append(user)
    return frozenset(both - changed)


def _content_renames(old: _Doc, new: _Doc) -> dict[str, str]:
    """Removed + added components with the same content are renames (repeat: renames cascade)."""
    renames: dict[str, str] = {}
    removed = sorted(old.schemas.keys() - new.schemas.keys())
    added = sorted(new.schemas.keys() - old.schemas.keys())
    if not removed or not added:
        return renames
    by_content: dict[str, list[str]] = defaultdict(list)
    for name in added:
        by_content[_canonical(new.schemas[name])].append(name)
    progress = True
    while progress:
        progress = False
        for name in removed:
            if name in renames:
                continue
            content = _canonical(_rename_refs(old.schemas[name], renames))
            candidates = [c for c in by_content.get(content, []) if c not in renames.values()]
            if len(candidates) == 1:
                renames[name] = candidates[0]
                progress = True
    return renames


def _rename_refs(node: Any, renames: Mapping[str, str]) -> Any:
    if isinstance(node, dict):
        name = _schema_ref(node)
        if name is not None and name in renames:
            return {**node, "$ref": SCHEMA_REF_PREFIX + renames[name]}
        return {k: _rename_refs(v, renames) for k, v in node.items()}
    if isinstance(node, list):
        return [_rename_refs(v, renames) for v in node]
    return node
