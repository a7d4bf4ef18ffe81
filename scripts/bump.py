#!/usr/bin/env python3
"""`make bump SPEC=new.yaml`: put a new version of the spec in and show what it changes.

1. checks that every operation of the new spec names its facade method (`x-np6-method`); if not,
   stops before changing anything and suggests names;
2. copies it over openapi/np6.yaml and prints `np6 spec diff OLD NEW`;
3. regenerates generated/np6_api (`make generate`, facade bindings included) and docs/reference.md
   (`make docs`);
4. runs the checks (`make lint`, then pytest);
5. ends with a summary: operations added and removed, facade methods added, removed or changed
   (with their signatures), what needs a hand edit, and the status of the checks.

Exit status: 0 when the checks pass, 1 when they fail, 2 when the new spec cannot be used.

    python scripts/bump.py path/to/new.yaml
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from np6._client import BaseClient
from np6._openapi import HTTP_METHODS, DocumentError, load_document

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "np6.yaml"
PACKAGE = ROOT / "generated" / "np6_api"
METHOD = re.compile(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*")

# method -> (operation "GET /path", x-np6-adapted)
Facade = dict[str, tuple[str, bool]]


def facade(spec: dict[str, Any]) -> Facade:
    found: Facade = {}
    for path, item in spec.get("paths", {}).items():
        for verb in HTTP_METHODS:
            op = item.get(verb) if isinstance(item, dict) else None
            if isinstance(op, dict):
                where = f"{verb.upper()} {path}"
                found[str(op.get("x-np6-method"))] = (where, op.get("x-np6-adapted") is True)
    return found


def problems(spec: dict[str, Any]) -> list[str]:
    """What keeps the generator from binding every operation, with a suggested fix."""
    known = {
        op.get("tags", [""])[0]: str(op["x-np6-method"]).split(".")[0]
        for item in spec.get("paths", {}).values()
        for verb, op in item.items()
        if verb in HTTP_METHODS and METHOD.fullmatch(str(op.get("x-np6-method", "")))
    }
    seen: dict[str, str] = {}
    out = []
    for path, item in spec.get("paths", {}).items():
        for verb in HTTP_METHODS:
            op = item.get(verb)
            if not isinstance(op, dict):
                continue
            where, name = f"{verb.upper()} {path}", op.get("x-np6-method")
            if name is None:
                resource = known.get(op.get("tags", [""])[0], "<resource>")
                guess = f"{resource}.{snake_case(str(op.get('operationId', 'method')))}"
                out.append(f"{where}: no x-np6-method (for example `x-np6-method: {guess}`)")
            elif not METHOD.fullmatch(str(name)):
                out.append(f"{where}: x-np6-method {name!r} is not 'resource.method'")
            elif name in seen:
                out.append(f"{where}: x-np6-method {name} is also on {seen[name]}")
            else:
                seen[str(name)] = where
    return out


def signatures(spec: dict[str, Any], package: Path) -> dict[str, str]:
    """x-np6-method -> the generated signature `(params) -> Success`, read from generated code."""
    modules = {p.stem: p for p in package.glob("api/*/*.py")}
    out = {}
    for item in spec.get("paths", {}).values():
        for verb in HTTP_METHODS:
            op = item.get(verb)
            file = modules.get(snake_case(str(op.get("operationId")))) if op else None
            if op is None or file is None:
                continue
            tree = ast.parse(file.read_text(encoding="utf-8"))
            funcs = {f.name: f for f in tree.body if isinstance(f, ast.FunctionDef)}
            params = ast.unparse(funcs["_get_kwargs"].args)
            parsed = funcs["_parse_response"].returns
            kept = [t for t in re.split(r"\s*\|\s*", ast.unparse(parsed) if parsed else "")]
            success = " | ".join(t for t in kept if t not in ("Error", "None")) or "None"
            out[str(op.get("x-np6-method"))] = f"({params}) -> {success}"
    return out


def run(title: str, command: list[str]) -> tuple[int, str]:
    """Run a command with its output shown; its exit status and its last line."""
    print(f"\n=== {title}: {' '.join(command)}", flush=True)
    last = ""
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            print(line, end="", flush=True)
            last = line.strip() or last
    return process.returncode, last


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    new_path = Path(argv[0])
    try:
        new_text = new_path.read_bytes()
        new = load_document(new_text)
    except (OSError, DocumentError) as exc:
        print(f"make bump: cannot read {new_path}: {exc}", file=sys.stderr)
        return 2
    if not isinstance(new, dict) or not isinstance(new.get("paths"), dict):
        print(f"make bump: {new_path} is not an OpenAPI document", file=sys.stderr)
        return 2
    issues = problems(new)
    if issues:
        print(f"make bump: {new_path} cannot be bound; nothing was changed:", file=sys.stderr)
        print("\n".join(f"  {i}" for i in issues), file=sys.stderr)
        return 2

    old_text = SPEC.read_bytes()
    old = load_document(old_text)
    old_signatures = signatures(old, PACKAGE)
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        old_copy = Path(tmp) / "old.yaml"
        old_copy.write_bytes(old_text)
        SPEC.write_bytes(new_text)
        print(f"openapi/np6.yaml <- {new_path}")
        cmd = [python, "-m", "np6.spec_diff", "--fail-on", "never", str(old_copy), str(SPEC)]
        run("spec diff", cmd)
    generated, _ = run("generate", ["make", "-s", "generate", "docs"])
    checks: list[tuple[str, int, str]] = []
    if generated == 0:
        for title, command in (
            ("lint", ["make", "-s", "lint"]),
            ("tests", [python, "-m", "pytest", "-p", "no:cacheprovider"]),
        ):
            status, last = run(title, command)
            checks.append((title, status, last))
    new_signatures = signatures(new, PACKAGE) if generated == 0 else {}
    print(summary(old, new, old_signatures, new_signatures, generated, checks))
    return 0 if generated == 0 and all(status == 0 for _, status, _ in checks) else 1


def summary(
    old: dict[str, Any],
    new: dict[str, Any],
    old_signatures: dict[str, str],
    new_signatures: dict[str, str],
    generated: int,
    checks: list[tuple[str, int, str]],
) -> str:
    before, after = facade(old), facade(new)
    version = f"{old.get('info', {}).get('version')} -> {new.get('info', {}).get('version')}"
    lines = [f"\n=== bump summary (spec version {version})"]
    ops_before = {where for where, _ in before.values()}
    ops_after = {where for where, _ in after.values()}
    added, removed = sorted(ops_after - ops_before), sorted(ops_before - ops_after)
    lines.append(
        f"operations: {len(added)} added, {len(removed)} removed ({len(ops_after)} in all)"
    )
    lines += [f"  + {w}" for w in added] + [f"  - {w}" for w in removed]
    lines.append("facade methods:")
    changes = 0
    for name in sorted(set(before) | set(after)):
        old_sig, new_sig = old_signatures.get(name), new_signatures.get(name)
        if name not in before:
            lines.append(f"  + client.{name}{new_sig or ''}")
        elif name not in after:
            lines.append(f"  - client.{name}{old_sig or ''}")
        elif old_sig != new_sig and new_sig is not None:
            lines.append(f"  ~ client.{name}{new_sig}\n      was {old_sig}")
        else:
            continue
        changes += 1
    if not changes:
        lines.append("  none")
    hand = [
        f"  {name}: adapted in np6/resources (x-np6-adapted) and its generated signature changed"
        for name, (_, adapted) in sorted(after.items())
        if adapted and name in before and old_signatures.get(name) != new_signatures.get(name)
    ]
    hand += [
        f"  {resource}: a new resource: add it to np6.Client (np6/_client.py)"
        for resource in sorted({n.split(".")[0] for n in after})
        if not hasattr(BaseClient, resource)
    ]
    lines.append("hand edits needed:" if hand else "hand edits needed: none")
    lines += hand
    if generated != 0:
        lines.append(f"generate: FAILED (exit {generated}); checks not run")
    for title, status, last in checks:
        lines.append(f"{title}: {'passed' if status == 0 else f'FAILED (exit {status})'}  {last}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
