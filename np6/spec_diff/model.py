"""The vocabulary of a diff: levels, a Change, the one error type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Level = Literal["breaking", "warning", "info"]
LEVELS: tuple[Level, ...] = ("breaking", "warning", "info")
FAIL_ON: dict[str, tuple[Level, ...]] = {
    "breaking": ("breaking",),
    "warning": ("breaking", "warning"),
    "never": (),
}

JsonDict = dict[str, Any]


class SpecError(Exception):
    """An input that cannot be diffed. The message is a single line meant for stderr."""


@dataclass(frozen=True)
class Change:
    id: str
    level: Level
    operation: str  # "GET /targets", or "" for document-level changes
    location: str
    old: str | None
    new: str | None
    reason: str

    def sort_key(self) -> tuple[str, ...]:
        return (self.operation, self.location, self.id, self.old or "", self.new or "", self.reason)
