"""`client.webtasks`: api.webtask.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.webtask import update_webtask
else:  # imported on first call
    update_webtask = "np6_api.api.webtask.update_webtask"


class Webtasks(Resource[C]):
    """api.webtask"""

    update = Operation(
        update_webtask,
        "webtasks.update",
        "Update a webtask.",
    )
