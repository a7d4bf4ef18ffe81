"""`--fail-on`: a level, or a rule file that re-levels or ignores known changes, with reasons.

fail-on: warning                  # breaking | warning | never (default: breaking)
levels:                           # per rule id: breaking | warning | info
  request-property-removed: info
ignore:                           # each entry names a rule and says why
  - id: api-path-removed-without-deprecation
    operation: GET /legacy        # optional: only this operation
    location: ""                  # optional: only this location
    reason: retired with the v7 clients, announced 2026-10
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .._openapi import DocumentError, load_document
from .model import FAIL_ON, LEVELS, Change, Level, SpecError


@dataclass(frozen=True)
class Policy:
    fail_on: str = "breaking"
    levels: dict[str, Level] = field(default_factory=dict)
    ignore: tuple[dict[str, str], ...] = ()

    @classmethod
    def parse(cls, value: str) -> Policy:
        if value in FAIL_ON:
            return cls(value)
        if not Path(value).is_file():
            choices = ", ".join(FAIL_ON)
            raise SpecError(f"--fail-on {value}: neither a level ({choices}) nor a rule file")
        try:
            data = load_document(value)
        except DocumentError as exc:
            raise SpecError(f"--fail-on: {exc}") from None
        return cls.from_mapping(value, data)

    @classmethod
    def from_mapping(cls, source: str, data: Any) -> Policy:
        if not isinstance(data, dict):
            raise SpecError(f"{source}: a rule file is a mapping")
        fail_on = str(data.get("fail-on", "breaking"))
        if fail_on not in FAIL_ON:
            raise SpecError(f"{source}: fail-on must be one of {', '.join(FAIL_ON)}")
        levels = data.get("levels") or {}
        if not isinstance(levels, dict) or any(v not in LEVELS for v in levels.values()):
            raise SpecError(f"{source}: levels maps rule ids to {', '.join(LEVELS)}")
        ignore = data.get("ignore") or []
        if not isinstance(ignore, list):
            raise SpecError(f"{source}: ignore is a list")
        for i, entry in enumerate(ignore):
            if not isinstance(entry, dict) or not entry.get("id") or not entry.get("reason"):
                raise SpecError(f"{source}: ignore[{i}] needs an id and a reason")
        entries = tuple({str(k): str(v) for k, v in e.items()} for e in ignore)
        return cls(fail_on, {str(k): v for k, v in levels.items()}, entries)

    def _ignored(self, change: Change) -> bool:
        return any(
            entry["id"] == change.id
            and entry.get("operation", change.operation) == change.operation
            and entry.get("location", change.location) == change.location
            for entry in self.ignore
        )

    def apply(self, changes: list[Change]) -> tuple[list[Change], int]:
        """(the changes re-levelled, without the ignored ones; how many were ignored)."""
        kept = [
            replace(c, level=self.levels.get(c.id, c.level))
            for c in changes
            if not self._ignored(c)
        ]
        return kept, len(changes) - len(kept)
