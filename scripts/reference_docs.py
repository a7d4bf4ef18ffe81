#!/usr/bin/env python3
"""`make docs`: write docs/reference.md, the API reference, from the spec and the np6 package.

The spec gives each operation's HTTP method, path, summary and section (`x-np6-method` names its
facade method); the package, inspected at runtime, gives the real signatures, the helper methods
np6 adds, and the error classes. tests/test_docs.py fails when the file is not what this writes.

    python scripts/reference_docs.py [openapi/np6.yaml] [docs/reference.md]   # "-" prints it
"""

from __future__ import annotations

import inspect
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import np6
from np6._openapi import HTTP_METHODS, load_document

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Op:
    """One operation of the spec, by its facade name."""

    resource: str
    method: str
    verb: str
    path: str
    operation_id: str
    summary: str
    section: str


def operations(spec: dict[str, Any]) -> list[Op]:
    found = []
    for path, item in spec["paths"].items():
        for verb in HTTP_METHODS:
            op = item.get(verb)
            if op is None:
                continue
            resource, method = str(op["x-np6-method"]).split(".")
            summary = " ".join(str(op.get("summary", "")).split())
            section = (op.get("tags") or [""])[0]
            found.append(
                Op(resource, method, verb.upper(), path, op["operationId"], summary, section)
            )
    return found


# Module prefixes a reader does not need: `np6_api.models.target.Target` is `Target`.
_QUALIFIED = re.compile(r"\b(?:np6_api|np6|collections\.abc|typing)\.(?:[a-z_0-9]+\.)*")
_UNSET = re.compile(r"<np6_api\.types\.Unset object at 0x[0-9a-f]+>")
_QUOTED = re.compile(r"(: |-> )'([^']*)'")
_ASYNC_HALF = re.compile(r" \| Coroutine\[Any, Any, [^\]]+\]|Coroutine\[Any, Any, [^\]]+\] \| ")


def signature(function: Any) -> str:
    """The runtime signature, short and as the sync client has it."""
    text = str(inspect.signature(function))
    text = _UNSET.sub("UNSET", text)
    text = _QUOTED.sub(r"\1\2", text)  # annotations kept as strings by `from __future__`
    text = _QUALIFIED.sub("", text)
    return _ASYNC_HALF.sub("", text)


def first_paragraph(doc: str | None) -> str:
    return " ".join(inspect.cleandoc(doc or "").split("\n\n")[0].split())


def error_tree() -> list[str]:
    """Every exception class np6 exports, indented under its base, with its docstring."""
    classes = [
        obj
        for name in np6.__all__
        if isinstance(obj := getattr(np6, name), type) and issubclass(obj, BaseException)
    ]
    children: dict[type, list[type]] = defaultdict(list)
    for cls in classes:
        base = next((b for b in cls.__mro__[1:] if b in classes), None)
        children[base or BaseException].append(cls)
    lines: list[str] = []

    def walk(parent: type, depth: int) -> None:
        for cls in sorted(children[parent], key=lambda c: (c is not np6.NP6Error, c.__name__)):
            doc = first_paragraph(cls.__doc__)
            bases = "" if depth else f" ({', '.join(b.__name__ for b in cls.__bases__)})"
            lines.append(f"{'  ' * depth}- `np6.{cls.__name__}`{bases}: {doc}")
            walk(cls, depth + 1)

    walk(BaseException, 0)
    return lines


def render(spec: dict[str, Any]) -> str:
    ops = operations(spec)
    by_resource: dict[str, list[Op]] = defaultdict(list)
    for op in ops:
        by_resource[op.resource].append(op)
    sections = {t["name"]: " ".join(str(t.get("description", "")).split()) for t in spec["tags"]}
    client = np6.Client(api_key="reference", base_url="https://reference.invalid")
    out = [
        "# np6 API reference",
        "",
        f"np6 {np6.__version__}, {len(ops)} operations. Written by `make docs` from",
        "`openapi/np6.yaml` and the np6 package; do not edit by hand.",
        "",
        "Every method below is called on a client: `np6.Client(...).targets.get(...)`. ",
        "`np6.AsyncClient` has the same methods, each returning an awaitable.",
        "",
        "## Clients",
        "",
    ]
    for cls in (np6.Client, np6.AsyncClient):
        out.append(f"- `np6.{cls.__name__}{signature(cls)}`: {first_paragraph(cls.__doc__)}")
    for name in ("with_options", "request", "close"):
        member = getattr(client, name)
        out.append(f"- `client.{name}{signature(member)}`: {first_paragraph(member.__doc__)}")
    for name in ("unicity", "partial_result"):
        member = getattr(np6, name)
        out.append(f"- `np6.{name}{signature(member)}`: {first_paragraph(member.__doc__)}")
    out += [
        "",
        "## Errors",
        "",
        "A call raises `np6.NP6Error` subclasses only; arguments np6 refuses before sending",
        "(a wrong type, an empty or `..` path parameter) raise `TypeError` or `ValueError`.",
        "",
        *error_tree(),
        "",
        "## Resources",
        "",
    ]
    for resource in sorted(by_resource):
        section = by_resource[resource][0].section
        out.append(f"- [`client.{resource}`](#client{resource.replace('_', '')}): {section}")
    for resource in sorted(by_resource):
        bound = getattr(client, resource)
        section = by_resource[resource][0].section
        out += ["", f"### client.{resource}", "", f"Reference section: {section}."]
        if sections.get(section):
            out += ["", sections[section]]
        out.append("")
        spec_methods = set()
        for op in sorted(by_resource[resource], key=lambda o: o.method):
            spec_methods.add(op.method)
            method = getattr(bound, op.method, None)  # None: adapted in the spec, not yet in np6
            shown = signature(method) if method is not None else "(...)  (not bound yet)"
            out.append(f"- `{op.method}{shown}`  ")
            out.append(f"  `{op.verb} {op.path}`: {op.summary}")
        helpers = sorted(
            name
            for name, member in inspect.getmembers(type(bound))
            if not name.startswith("_") and name not in spec_methods and callable(member)
        )
        for name in helpers:
            member = getattr(bound, name)
            out.append(f"- `{name}{signature(member)}`  ")
            out.append(f"  np6 helper: {first_paragraph(member.__doc__)}")
    client.close()
    return "\n".join(out).rstrip() + "\n"


def main(argv: list[str]) -> int:
    spec_path = Path(argv[0]) if argv else ROOT / "openapi" / "np6.yaml"
    target = argv[1] if len(argv) > 1 else str(ROOT / "docs" / "reference.md")
    text = render(load_document(spec_path))
    if target == "-":
        sys.stdout.write(text)
    else:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        Path(target).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
