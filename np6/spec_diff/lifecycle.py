"""Lifecycle extensions: `x-stability-level`, `deprecated` with `x-sunset`, as oasdiff reads them.

Stability goes draft -> alpha -> beta -> stable (absent means stable). Changes to a draft or alpha
operation are not breaking: its users accepted that it may move. Lowering the stability of a
beta/stable one is. A deprecated operation may be removed once its `x-sunset` date (RFC 3339 date
or date-time) has passed, or at any time when it has none; before that date, removal breaks.
"""

from __future__ import annotations

import datetime
from typing import Any

from .model import Level

STABILITY = ("draft", "alpha", "beta", "stable")
# Below this level, an operation's changes are reported as info.
UNSTABLE = frozenset({"draft", "alpha"})


def stability(value: Any) -> str | None:
    """The stability level, "stable" when absent, None when the value is not a known level."""
    if value is None:
        return "stable"
    return value if value in STABILITY else None


def stability_change(old: Any, new: Any) -> tuple[str, Level, str] | None:
    """(id suffix, level, reason) when the stability moved from a checked level, else None."""
    before, after = stability(old), stability(new)
    if before is None or after is None or before == after or before in UNSTABLE:
        return None
    if STABILITY.index(after) < STABILITY.index(before):
        return "stability-decreased", "breaking", "Less stable than clients were promised."
    return "stability-increased", "info", "More stable than before."


def sunset(value: Any) -> datetime.date | None:
    """Parse `x-sunset`; raise ValueError when it is not an RFC 3339 date or date-time."""
    if value is None:
        return None
    text = str(value).strip()
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
