"""`client.displays`: api.display.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.display import list_display_activations, list_display_content_activations
else:  # imported on first call
    list_display_activations = "np6_api.api.display.list_display_activations"
    list_display_content_activations = (
        "np6_api.api.display.list_display_content_activations"
    )


class Displays(Resource[C]):
    """api.display"""

    activations = Operation(
        list_display_activations,
        "displays.activations",
        "Retrieve activations of the Display channel.\n\nActivation events of the whole account on the Display channel. The summary is ours: the\npage's heading for this operation is cut.",
    )
    content_activations = Operation(
        list_display_content_activations,
        "displays.content_activations",
        "Retrieve activations for the specified content id.",
    )
