"""Webtask and Compilable: `client.webtasks` and `client.compilables`, the scripting sections."""

from __future__ import annotations

from np6_api.api.compilable import duplicate_compilable, execute_compilable, list_compilable_flaws
from np6_api.api.webtask import update_webtask

from .._operation import C, Operation, Resource


class Webtasks(Resource[C]):
    """Web tasks."""

    update = Operation(update_webtask)


class Compilables(Resource[C]):
    """Compilable scripts."""

    execute = Operation(execute_compilable)
    duplicate = Operation(duplicate_compilable)
    flaws = Operation(list_compilable_flaws)
