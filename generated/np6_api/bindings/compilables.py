"""`client.compilables`: api.compilable.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.compilable import (
        duplicate_compilable,
        execute_compilable,
        list_compilable_flaws,
    )
else:  # imported on first call
    duplicate_compilable = "np6_api.api.compilable.duplicate_compilable"
    execute_compilable = "np6_api.api.compilable.execute_compilable"
    list_compilable_flaws = "np6_api.api.compilable.list_compilable_flaws"


class Compilables(Resource[C]):
    """api.compilable"""

    duplicate = Operation(
        duplicate_compilable,
        "compilables.duplicate",
        "Duplicate a compilable.",
    )
    execute = Operation(
        execute_compilable,
        "compilables.execute",
        "Execute a compilable.",
    )
    flaws = Operation(
        list_compilable_flaws,
        "compilables.flaws",
        "Flaws of a compilable.",
    )
