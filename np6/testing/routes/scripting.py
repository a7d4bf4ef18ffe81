"""Scripting: workflows (create, update, patch, delete, duplicate) and webtasks (patch)."""

from __future__ import annotations

from ._common import crud

crud("/scripting/workflows", lambda s: s.workflows, listing=False, get=False, duplicate=True)
crud(
    "/scripting/workflows",
    lambda s: s.workflows,
    listing=False,
    create=None,
    get=False,
    update="PATCH",
    delete=False,
)
crud(
    "/scripting/webtasks",
    lambda s: s.webtasks,
    listing=False,
    create=None,
    get=False,
    update="PATCH",
    delete=False,
)
