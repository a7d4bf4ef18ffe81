"""From (method, path) to the spec operation and its route, without regular expressions.

Built once per spec and handler table. Literal paths are one dict lookup; templated paths are
compared segment by segment against the few templates of the same length, most literal first,
so `/targets/count` wins over `/targets/{id}`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote

from .routes._registry import Route, normal_path

if TYPE_CHECKING:
    from ._spec import Spec


@dataclass(frozen=True)
class Match:
    template: str
    params: dict[str, str]
    # method -> route, None for an operation that the generic layer answers
    methods: Mapping[str, Route | None]


class Router:
    @staticmethod
    def for_spec(spec: Spec, routes: Mapping[tuple[str, str], Route]) -> Router:
        """One router per spec version and route table (fakes are made per test: reuse it)."""
        return _cached(spec, frozenset(routes.items()))

    def __init__(
        self, operations: Iterable[tuple[str, str]], routes: Mapping[tuple[str, str], Route]
    ) -> None:
        by_template: dict[str, dict[str, Route | None]] = {}
        for method, template in operations:
            by_template.setdefault(template, {})[method] = routes.get(
                (method, normal_path(template))
            )
        self._literal: dict[str, Match] = {}
        self._templated: dict[int, list[tuple[tuple[str | None, ...], tuple[str, ...], Match]]] = {}
        for template, methods in by_template.items():
            match = Match(template, {}, methods)
            parts = template.strip("/").split("/")
            if not any(p.startswith("{") for p in parts):
                self._literal[template.rstrip("/") or "/"] = match
                continue
            pattern = tuple(None if p.startswith("{") else p for p in parts)
            names = tuple(p[1:-1] for p in parts if p.startswith("{"))
            self._templated.setdefault(len(parts), []).append((pattern, names, match))
        for candidates in self._templated.values():
            candidates.sort(key=lambda c: sum(p is None for p in c[0]))

    def match(self, path: str) -> Match | None:
        """`path` is the raw (percent-encoded) path; parameter values come back decoded."""
        path = path.rstrip("/") or "/"
        found = self._literal.get(path)
        if found is not None:
            return found
        parts = path.strip("/").split("/")
        for pattern, names, match in self._templated.get(len(parts), ()):
            values: list[str] = []
            for want, got in zip(pattern, parts, strict=True):
                if want is None:
                    if not got:
                        break
                    values.append(unquote(got))
                elif want != got:
                    break
            else:
                return Match(match.template, dict(zip(names, values, strict=True)), match.methods)
        return None


@functools.lru_cache(maxsize=8)
def _cached(spec: Spec, routes: frozenset[tuple[tuple[str, str], Route]]) -> Router:
    return Router(spec.operations, dict(routes))
