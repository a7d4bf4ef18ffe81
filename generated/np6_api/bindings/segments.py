"""`client.segments`: api.segment.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.segment import (
        add_segment_targets,
        clear_segment_targets,
        create_segment,
        delete_segment,
        get_segment,
        list_segment_targets,
        list_segments,
        normalize_segment,
        update_segment,
    )
else:  # imported on first call
    add_segment_targets = "np6_api.api.segment.add_segment_targets"
    clear_segment_targets = "np6_api.api.segment.clear_segment_targets"
    create_segment = "np6_api.api.segment.create_segment"
    delete_segment = "np6_api.api.segment.delete_segment"
    get_segment = "np6_api.api.segment.get_segment"
    list_segment_targets = "np6_api.api.segment.list_segment_targets"
    list_segments = "np6_api.api.segment.list_segments"
    normalize_segment = "np6_api.api.segment.normalize_segment"
    update_segment = "np6_api.api.segment.update_segment"


class Segments(Resource[C]):
    """api.segment"""

    clear = Operation(
        clear_segment_targets,
        "segments.clear",
        "Remove all targets from a segment.",
    )
    create = Operation(
        create_segment,
        "segments.create",
        "Create a segment.",
    )
    delete = Operation(
        delete_segment,
        "segments.delete",
        "Delete a segment.\n\nNP6 may refuse this while an action uses the segment.",
    )
    get = Operation(
        get_segment,
        "segments.get",
        "Retrieve a segment.",
    )
    list = Operation(
        list_segments,
        "segments.list",
        "List the segments.",
    )
    targets = Operation(
        list_segment_targets,
        "segments.targets",
        "Ids of a segment's targets.",
    )
    update = Operation(
        update_segment,
        "segments.update",
        "Update a segment.",
    )


class SegmentsPlain:
    """Operations np6 adapts (x-np6-adapted), for np6.resources.segments."""

    add_targets_raw = Operation(
        add_segment_targets,
        "segments.add_targets_raw",
        "Add targets to a static segment.\n\nAt most 50 target identifiers per call (ids, or unicity values; with several unicity\ncriteria each value is the criteria concatenated into one string). np6's\n`segments.add_targets` batches longer lists.",
    )
    normalize = Operation(
        normalize_segment,
        "segments.normalize",
        "Normalize the telephone field of targets in a segment.",
    )
