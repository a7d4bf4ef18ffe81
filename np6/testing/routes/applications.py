"""Mobile Application: the notifiable applications of the account."""

from __future__ import annotations

from ._common import crud

crud(
    "/parameters/applications",
    lambda state: state.applications,
    update=None,
    delete=False,
    param="uuid",
    needs=("name",),
)
