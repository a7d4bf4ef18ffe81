"""Output formats: text, json, markdown, and a keep-a-changelog section."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict

from .model import LEVELS, Change


def summarize(changes: Iterable[Change]) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(LEVELS, 0)
    for change in changes:
        counts[change.level] += 1
    return counts


def _summary_line(changes: list[Change]) -> str:
    counts = summarize(changes)
    return ", ".join(f"{counts[level]} {level}" for level in LEVELS)


def _old_new(change: Change) -> str:
    if change.old is None and change.new is None:
        return ""
    old = "(none)" if change.old is None else change.old
    new = "(none)" if change.new is None else change.new
    return f"{old} → {new}"


def format_text(changes: list[Change]) -> str:
    lines = []
    for c in changes:
        where = " ".join(part for part in (c.operation or "(document)", c.location) if part)
        values = f" [{_old_new(c)}]" if _old_new(c) else ""
        lines.append(f"{c.level.upper():<8} {c.id}: {where}{values}: {c.reason}")
    lines += [] if changes else ["No changes."]
    lines.append(_summary_line(changes))
    return "\n".join(lines) + "\n"


def format_json(changes: list[Change]) -> str:
    payload = {"changes": [asdict(c) for c in changes], "summary": summarize(changes)}
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def format_markdown(changes: list[Change]) -> str:
    lines = [f"**OpenAPI diff:** {_summary_line(changes)}", ""]
    if not changes:
        return "\n".join([*lines, "No changes."]) + "\n"
    lines += [
        "| Level | Change | Operation | Location | Old → New | Reason |",
        "|---|---|---|---|---|---|",
    ]
    for c in changes:
        level = f"**{c.level}**" if c.level == "breaking" else c.level
        cells = [
            level,
            f"`{_cell(c.id)}`",
            f"`{_cell(c.operation)}`" if c.operation else "",
            f"`{_cell(c.location)}`" if c.location else "",
            _cell(_old_new(c)),
            _cell(c.reason),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


# keep-a-changelog sections, in its order; a change goes to the first whose words its id has.
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Deprecated", ("deprecated",)),
    ("Removed", ("removed", "deleted")),
    ("Added", ("added", "new-")),
    ("Changed", ("",)),
)
SECTION_ORDER = ("Added", "Changed", "Deprecated", "Removed")


def _section(change: Change) -> str:
    return next(name for name, words in SECTIONS if any(w in change.id for w in words))


def format_changelog(changes: list[Change]) -> str:
    """A `## [Unreleased]` section for CHANGELOG.md; in each part, breaking changes come first."""
    version = next((c.new for c in changes if c.id == "api-version-changed"), None)
    title = f"## [Unreleased] - NP6 API {version}" if version else "## [Unreleased]"
    lines = [title, ""]
    if not changes:
        return "\n".join([*lines, "No API changes."]) + "\n"
    for section in SECTION_ORDER:
        entries = [c for c in changes if _section(c) == section]
        if not entries:
            continue
        lines += [f"### {section}", ""]
        entries.sort(key=lambda c: (LEVELS.index(c.level), c.sort_key()))
        for c in entries:
            flag = "**Breaking:** " if c.level == "breaking" else ""
            where = " ".join(p for p in (c.operation, c.location) if p) or "API"
            values = f" ({_old_new(c)})" if _old_new(c) else ""
            lines.append(f"- {flag}`{where}`: {c.reason}{values} [`{c.id}`]")
        lines.append("")
    return "\n".join(lines)


FORMATTERS: dict[str, Callable[[list[Change]], str]] = {
    "text": format_text,
    "json": format_json,
    "markdown": format_markdown,
    "changelog": format_changelog,
}
