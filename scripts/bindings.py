#!/usr/bin/env python3
"""Write the facade bindings of every operation (run by `make generate` after the generator).

For each resource named in the spec's `x-np6-method: "<resource>.<method>"`, this writes
`np6_api/bindings/<resource>.py` with a class named like the resource (`targets` -> `Targets`)
holding one `Operation` per operation that np6 binds as it is. `np6.Client.targets` is that class,
or its subclass in `np6/resources/targets.py` when np6 adds something there.

Operations marked `x-np6-adapted: true` are left out of the class: np6 puts its own signature in
front of them (`Operation.adapt`), so their plain operation is written to a second class,
`<Resource>Plain`, for np6/resources to adapt. Without the mark, a new operation in the spec is
callable as `client.<resource>.<method>` after `make generate`, with no hand edit.

Each binding names its endpoint module as a string at runtime (imported on the first call, so that
the first call of one operation does not load its whole section) and as an import for type
checkers, which read the parameters and the success type from it.

    python scripts/bindings.py openapi/np6.yaml np6_api
"""

from __future__ import annotations

import sys
import textwrap
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from np6._openapi import HTTP_METHODS, load_document


@dataclass(frozen=True)
class Binding:
    method: str  # public method name
    module: str  # endpoint module, relative to the np6_api package: "api.contact.get_target"
    doc: str
    adapted: bool


def resource_class(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_"))


def docstring(op: dict[str, Any]) -> str:
    """The operation's summary, then its description."""
    summary = str(op.get("summary", "")).strip()
    description = textwrap.fill(" ".join(str(op.get("description", "")).split()), 88)
    if summary and not summary.endswith("."):
        summary += "."
    return f"{summary}\n\n{description}" if description else summary


def collect(spec: dict[str, Any], package: Path) -> tuple[dict[str, list[Binding]], dict[str, str]]:
    """Bindings by resource, and each resource's section description."""
    modules = {p.stem: p for p in package.glob("api/*/*.py") if p.stem != "__init__"}
    tags = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    found: dict[str, list[Binding]] = defaultdict(list)
    sections: dict[str, str] = {}
    for path, item in spec["paths"].items():
        for verb in HTTP_METHODS:
            op = item.get(verb)
            if op is None:
                continue
            where = f"{verb.upper()} {path}"
            name = op.get("x-np6-method")
            if not isinstance(name, str) or name.count(".") != 1:
                raise SystemExit(f"{where}: x-np6-method must be 'resource.method', not {name!r}")
            resource, method = name.split(".")
            file = modules.get(snake_case(op["operationId"]))
            if file is None:
                raise SystemExit(f"{where}: no generated module for {op['operationId']}")
            module = f"api.{file.parent.name}.{file.stem}"
            adapted = op.get("x-np6-adapted", False) is True
            found[resource].append(Binding(method, module, docstring(op), adapted))
            sections.setdefault(resource, tags.get(op.get("tags", [""])[0], ""))
    for resource, bindings in found.items():
        names = [b.method for b in bindings]
        doubles = sorted({n for n in names if names.count(n) > 1})
        if doubles:
            raise SystemExit(f"x-np6-method names {resource}.{doubles[0]} more than once")
    return found, sections


def render(resource: str, bindings: list[Binding], section: str) -> str:
    cls = resource_class(resource)
    endpoints = sorted({b.module for b in bindings})
    by_section: dict[str, list[str]] = defaultdict(list)
    for m in endpoints:
        section, name = m.rsplit(".", 1)
        by_section[section].append(name)
    imports = [f"    from ..{s} import {', '.join(n)}" for s, n in sorted(by_section.items())]
    names = [f'    {m.rsplit(".", 1)[1]} = "np6_api.{m}"' for m in endpoints]
    lines = [
        f'"""`client.{resource}`: {section.rstrip(".") or resource}.',
        "",
        "Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING",
        "",
        "from np6._operation import C, Operation, Resource",
        "",
        "if TYPE_CHECKING:",
        *imports,
        "else:  # imported on first call",
        *names,
        "",
        "",
    ]

    def block(members: list[Binding]) -> list[str]:
        out = []
        for b in sorted(members, key=lambda b: b.method):
            endpoint = b.module.rsplit(".", 1)[1]
            out += [
                f"    {b.method} = Operation(",
                f"        {endpoint},",
                f'        "{resource}.{b.method}",',
                f"        {b.doc!r},",
                "    )",
            ]
        return out

    plain = [b for b in bindings if not b.adapted]
    adapted = [b for b in bindings if b.adapted]
    lines += [
        f"class {cls}(Resource[C]):",
        f'    """{section or resource}"""',
        "",
        *block(plain),
    ]
    if adapted:
        lines += [
            "",
            "",
            f"class {cls}Plain:",
            f'    """Operations np6 adapts (x-np6-adapted), for np6.resources.{resource}."""',
            "",
            *block(adapted),
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        raise SystemExit(__doc__)
    spec_path, package = Path(argv[0]), Path(argv[1])
    spec = load_document(spec_path)
    found, sections = collect(spec, package)
    out = package / "bindings"
    out.mkdir(exist_ok=True)
    (out / "__init__.py").write_text(
        '"""One module per `np6.Client` resource: the operations np6 binds as they are."""\n',
        encoding="utf-8",
    )
    for resource, bindings in sorted(found.items()):
        text = render(resource, bindings, sections[resource])
        (out / f"{resource}.py").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
