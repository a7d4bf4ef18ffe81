"""Category (cookbook paths): named groups that actions refer to in `informations.category`."""

from __future__ import annotations

from ._common import crud

crud("/categories", lambda state: state.categories)
