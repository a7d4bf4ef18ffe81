"""Campaigns: created with their items (NP6 shows no read of one campaign)."""

from __future__ import annotations

from ._common import crud

crud("/campaigns", lambda s: s.campaigns, listing=False, get=False, update=None, delete=False)
