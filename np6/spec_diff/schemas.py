"""Schema comparison: one walk over both schemas, each keyword family a method."""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Mapping
from typing import Any

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
from .keywords import _by_direction, _Raw, _under, keyword_changes, subschema_pairs
from .lifecycle import stability_change
from .model import JsonDict, Level

# Formats for which openapi-python-client emits a dedicated Python type instead of `str`.
PYTHON_TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})


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
    values = schema.get("enum")
    return [v for v in values if v is not None] if isinstance(values, list) else None


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
        out += self._enum(so, sn, request)
        out += keyword_changes(so, sn, request)
        for sub, sub_old, sub_new, flipped in subschema_pairs(so, sn):
            out += _under(sub, self._node(sub_old, sub_new, request != flipped, False))
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
            return [_Raw("became-nullable", True, level, "", "not nullable", "nullable", reason)]
        reason = (
            "Clients that send null are now rejected."
            if request
            else "The value is never null any more."
        )
        level = _by_direction(request, True)
        return [_Raw("became-not-nullable", True, level, "", "nullable", "not nullable", reason)]

    @staticmethod
    def _type(so: JsonDict, sn: JsonDict, request: bool) -> tuple[list[_Raw], bool]:
        """type-changed (incompatible), -generalized/-specialized, or with 3.1 type lists
        list-of-types-widened/-narrowed; levels by direction."""
        to, tn = _types(so), _types(sn)
        if to == tn:
            return _SchemaDiff._format(so, sn, request), True
        if (to is None and "not" in so) or (tn is None and "not" in sn):
            return [], True
        comparable = True
        if to is None or tn is None:
            narrowed, widened = to is None, tn is None
        else:
            narrowed = not all(_accepts(tn, t) for t in to)
            widened = not all(_accepts(to, t) for t in tn)
            comparable = any(_accepts(tn, t) for t in to) or any(_accepts(to, t) for t in tn)
            if not narrowed and not widened:
                return [], True
        is_list = len(to or ()) > 1 or len(tn or ()) > 1
        level: Level
        if narrowed and widened:
            what, level = "type-changed", "breaking"
        elif widened:
            what = "list-of-types-widened" if is_list else "type-generalized"
            level = _by_direction(request, False)
        else:
            what = "list-of-types-narrowed" if is_list else "type-changed"
            what = what if request or is_list else "type-specialized"
            level = _by_direction(request, True)
        reason = (
            "Values of the old type are no longer accepted."
            if request
            else "Responses can now carry a type clients (and np6_api's models) do not expect."
        )
        if level == "info":
            reason = "Every value that was valid before is still valid."
        old, new = ("|".join(sorted(t)) if t else "any" for t in (to, tn))
        return [_Raw(what, True, level, "", old, new, reason)], comparable

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
                what, level = "became-enum", _by_direction(request, True)
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
    def _hidden(doc: _Doc, node: Any, request: bool) -> bool:
        """readOnly properties are never sent, writeOnly ones never received."""
        return _as_dict(doc.resolve(node)).get("readOnly" if request else "writeOnly") is True

    def _object(self, so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        all_old = {str(k): v for k, v in _as_dict(so.get("properties")).items()}
        all_new = {str(k): v for k, v in _as_dict(sn.get("properties")).items()}
        po = {k: v for k, v in all_old.items() if not self._hidden(self.old, v, request)}
        pn = {k: v for k, v in all_new.items() if not self._hidden(self.new, v, request)}
        ro = {str(r) for r in _as_list(so.get("required"))}
        rn = {str(r) for r in _as_list(sn.get("required"))}
        side = "request" if request else "response"
        out: list[_Raw] = []
        for name in po.keys() - pn.keys():
            out.append(self._property_gone(name, name in all_new, name in ro, request))
        for name in pn.keys() - po.keys():
            if name in all_old:  # it was there, hidden (readOnly in a request, writeOnly...)
                flag = "read-only" if request else "write-only"
                what = (
                    f"{side}-{'required' if name in rn else 'optional'}-property-became-not-{flag}"
                )
                level: Level = "warning" if not request and name in rn else "info"
                reason = "It is part of this direction again."
            elif request and name in rn:
                what, level = "new-required-request-property", "breaking"
                reason = "Requests without it are now rejected."
            elif request:
                what, level, reason = "new-optional-request-property", "info", "A new field."
            else:
                what = f"response-{'required' if name in rn else 'optional'}-property-added"
                level, reason = "info", "A new field."
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
            out += self._lifecycle(side, name, po[name], pn[name])
            out += _under(f".{name}", self._node(po[name], pn[name], request, False))
        return out + self._additional(so, sn, request)

    @staticmethod
    def _property_gone(name: str, hidden: bool, required: bool, request: bool) -> _Raw:
        where, states = f".{name}", (name, None)
        if hidden:  # still in the schema, but readOnly/writeOnly now: not a removal
            flag = "read-only" if request else "write-only"
            side = "request" if request else "response"
            what = f"{side}-{'required' if required else 'optional'}-property-became-{flag}"
            return _Raw(what, False, "info", where, *states, "Not part of this direction now.")
        if request:
            reason = "The server ignores or rejects it now; np6_api drops the model attribute."
            return _Raw("request-property-removed", False, "warning", where, *states, reason)
        if required:
            reason = "Clients reading it get nothing; np6_api drops the model attribute."
            what = "response-required-property-removed"
            return _Raw(what, False, "breaking", where, *states, reason)
        reason = "It was optional (Unset | value); np6_api drops the model attribute."
        return _Raw("response-optional-property-removed", False, "warning", where, *states, reason)

    def _lifecycle(self, side: str, name: str, old: Any, new: Any) -> list[_Raw]:
        """Property deprecation and x-stability-level (levels as for operations)."""
        so, sn = _as_dict(self.old.resolve(old)), _as_dict(self.new.resolve(new))
        out: list[_Raw] = []
        was, now = so.get("deprecated") is True, sn.get("deprecated") is True
        if was != now:
            what = f"{side}-property-{'deprecated' if now else 'reactivated'}"
            reason = "Marked deprecated." if now else "No longer deprecated."
            out.append(_Raw(what, False, "info", f".{name}", None, None, reason))
        stability = stability_change(so.get("x-stability-level"), sn.get("x-stability-level"))
        if stability is not None:
            what, level, reason = stability
            before, after = _show(so.get("x-stability-level")), _show(sn.get("x-stability-level"))
            out.append(
                _Raw(f"{side}-property-{what}", False, level, f".{name}", before, after, reason)
            )
        return out

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
                out.append(_Raw(f"{what}-removed", True, level, "", key, None, reason))
            for key in news.keys() - olds.keys():
                reason = (
                    "One more shape is accepted."
                    if request
                    else "Clients may receive a shape they cannot parse yet."
                )
                # oasdiff: a new oneOf variant breaks response parsing, a new anyOf one does not.
                level = "breaking" if not request and keyword == "oneOf" else "info"
                out.append(_Raw(f"{what}-added", True, level, "", None, key, reason))
            for key in sorted(olds.keys() & news.keys()):
                out += _under(f"<{key}>", self._node(olds[key], news[key], request, False))
        return out

    def _mapping_target(self, value: Any, old: bool) -> str:
        name = _schema_ref({"$ref": value}) if isinstance(value, str) else None
        name = name or str(value)
        return self.renames.get(name, name) if old else name

    def _discriminator(self, so: JsonDict, sn: JsonDict, request: bool) -> list[_Raw]:
        """oasdiff reports every discriminator change as info: the variants' own rules judge."""
        do, dn = so.get("discriminator"), sn.get("discriminator")
        if not isinstance(do, dict) and not isinstance(dn, dict):
            return []
        reason = "How variants are told apart changed."
        if not isinstance(do, dict) or not isinstance(dn, dict):
            what = "discriminator-added" if isinstance(dn, dict) else "discriminator-removed"
            return [_Raw(what, True, "info", "", None, None, reason)]
        out: list[_Raw] = []
        if do.get("propertyName") != dn.get("propertyName"):
            old, new = _show(do.get("propertyName")), _show(dn.get("propertyName"))
            what = "discriminator-property-name-changed"
            out.append(_Raw(what, True, "info", "", old, new, reason))
        mo = {str(k): self._mapping_target(v, True) for k, v in _as_dict(do.get("mapping")).items()}
        mn = {
            str(k): self._mapping_target(v, False) for k, v in _as_dict(dn.get("mapping")).items()
        }
        for value in sorted(mo.keys() - mn.keys()):
            what = "discriminator-mapping-deleted"
            out.append(_Raw(what, True, "info", "", value, None, reason))
        for value in sorted(mn.keys() - mo.keys()):
            what = "discriminator-mapping-added"
            out.append(_Raw(what, True, "info", "", None, value, reason))
        for value in sorted(mo.keys() & mn.keys()):
            if mo[value] != mn[value]:
                old, new = f"{value}: {mo[value]}", f"{value}: {mn[value]}"
                what = "discriminator-mapping-changed"
                out.append(_Raw(what, True, "info", "", old, new, reason))
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
