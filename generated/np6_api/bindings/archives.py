"""`client.archives`: api.archives.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.archives import (
        list_action_target_archives,
        list_stamp_archives,
        list_target_archives,
    )
else:  # imported on first call
    list_action_target_archives = "np6_api.api.archives.list_action_target_archives"
    list_stamp_archives = "np6_api.api.archives.list_stamp_archives"
    list_target_archives = "np6_api.api.archives.list_target_archives"


class Archives(Resource[C]):
    """api.archives"""

    for_stamp = Operation(
        list_stamp_archives,
        "archives.for_stamp",
        "Retrieve archives of an action by stamp.\n\nReturns the archive of the activation that carries this stamp.",
    )


class ArchivesPlain:
    """Operations np6 adapts (x-np6-adapted), for np6.resources.archives."""

    for_action = Operation(
        list_action_target_archives,
        "archives.for_action",
        "Retrieve all archives of the action sent to a target.",
    )
    for_target = Operation(
        list_target_archives,
        "archives.for_target",
        "Retrieve all archives of a target.\n\nReturns the archives of every action sent to this target.",
    )
