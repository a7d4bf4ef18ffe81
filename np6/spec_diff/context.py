"""What every operation-level check receives: both documents, the naming and the schema differ."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from .document import _Doc
from .model import Change, JsonDict, Level
from .naming import ClientNaming
from .schemas import _SchemaDiff


class _Op(NamedTuple):
    path: str
    method: str
    operation: JsonDict
    path_item: JsonDict

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


# Where a location changes the level of a schema rule: a parameter's default is what the server
# uses when the client sends nothing, so changing it changes the behaviour of existing calls.
LEVEL_BY_ID: dict[str, Level] = {
    "request-parameter-default-value-added": "breaking",
    "request-parameter-default-value-removed": "breaking",
    "request-parameter-default-value-changed": "breaking",
}


@dataclass
class _Context:
    old: _Doc
    new: _Doc
    naming: ClientNaming
    schemas: _SchemaDiff
    today: datetime.date  # for x-sunset dates

    def schema_changes(
        self,
        old: Any,
        new: Any,
        *,
        request: bool,
        operation: str,
        location: str,
        prefixes: tuple[str, str],
        bare_root: bool = False,
    ) -> list[Change]:
        """Compare two schemas and place the results; prefixes = (id prefix at the root, below)."""
        changes = []
        for raw in self.schemas.compare(old, new, request):
            change_id = raw.what
            if raw.prefixed:
                change_id = f"{prefixes[1] if raw.sub else prefixes[0]}-{raw.what}"
            where = location if bare_root and not raw.sub else f"{location} ${raw.sub}"
            level = LEVEL_BY_ID.get(change_id, raw.level)
            changes.append(Change(change_id, level, operation, where, raw.old, raw.new, raw.reason))
        return changes


def _norm_path(path: str) -> str:
    """Path template without parameter names: /a/{id} and /a/{aId} are the same path."""
    return re.sub(r"\{[^}/]*\}", "{}", path)
