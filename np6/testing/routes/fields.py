"""Field and Enumeration: the account's fields and value lists."""

from __future__ import annotations

from ._common import crud

crud("/fields", lambda state: state.fields)
crud("/valueLists", lambda state: state.value_lists, delete=False)
