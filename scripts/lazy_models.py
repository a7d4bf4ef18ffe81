#!/usr/bin/env python3
"""Make `np6_api.models` load each model on first use (run by `make generate` after the generator).

The generated `models/__init__.py` imports every model eagerly, and Python runs a package's
`__init__` before any of its submodules: the first `from np6_api.models.target import Target`
(done by every generated endpoint) would load all ~300 models, about 0.3 s. This rewrites the
`__init__` into a PEP 562 module `__getattr__` over the same names: `np6_api.models.Target` and
`from np6_api.models import Target` still work, type checkers still see every name, and only the
models an endpoint uses are imported.

    python scripts/lazy_models.py np6_api/models/__init__.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

IMPORT = re.compile(r"^from \.(\w+) import (\w+)$", re.MULTILINE)

TEMPLATE = '''"""Contains all the data models used in inputs/outputs (each loaded on first use)."""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
{imports}

_MODULES = {{
{modules}
}}


def __getattr__(name: str) -> object:
    try:
        module = _MODULES[name]
    except KeyError:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}") from None
    value = getattr(import_module(f".{{module}}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = (
{names}
)
'''


def rewrite(text: str) -> str:
    pairs = IMPORT.findall(text)
    if not pairs:
        if "_MODULES" in text:
            return text  # already lazy: running twice changes nothing
        raise ValueError("no `from .module import Name` lines: not a generated models/__init__.py")
    return TEMPLATE.format(
        imports="\n".join(f"    from .{module} import {name}" for module, name in pairs),
        modules="\n".join(f'    "{name}": "{module}",' for module, name in pairs),
        names="\n".join(f'    "{name}",' for _, name in pairs),
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: lazy_models.py PATH/TO/np6_api/models/__init__.py", file=sys.stderr)
        return 2
    path = Path(argv[0])
    try:
        path.write_text(rewrite(path.read_text(encoding="utf-8")), encoding="utf-8")
    except (OSError, ValueError) as exc:
        print(f"lazy_models: {path}: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
