"""The table of routes: (METHOD, spec path) -> a function `(fake, request) -> Result`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._messages import Incoming, Result
    from .._state import State

Route = Callable[["State", "Incoming"], "Result"]
HANDLERS: dict[tuple[str, str], Route] = {}


def route(method: str, template: str) -> Callable[[Route], Route]:
    """Register a route for the spec operation `METHOD path` (path spelled as in the spec; a
    trailing slash does not matter). A route whose operation is not in the spec stays dormant."""

    def register(handler: Route) -> Route:
        HANDLERS[method.upper(), normal_path(template)] = handler
        return handler

    return register


def normal_path(template: str) -> str:
    return template.rstrip("/") or "/"
