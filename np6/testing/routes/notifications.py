"""Notifications (push): create, read, update, delete, duplicate."""

from __future__ import annotations

from ._common import crud

crud("/notifications", lambda state: state.notifications, duplicate=True)
