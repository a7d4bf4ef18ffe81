"""Segment: `client.segments`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from np6_api.api.segment import add_segment_targets, clear_segment_targets, normalize_segment
from np6_api.models.normalization_request import NormalizationRequest
from np6_api.models.normalization_request_fields import NormalizationRequestFields

from .._operation import C, Call, Operation, Resource, args_for
from .._validate import string_ids

MAX_TARGETS_PER_CALL = 50


def _add_targets_raw(segment_id: int, ids: Sequence[str]) -> Call:
    checked = string_ids(ids)
    if len(checked) > MAX_TARGETS_PER_CALL:
        raise ValueError(
            f"NP6 takes at most {MAX_TARGETS_PER_CALL} targets per call, got {len(checked)}; "
            "use segments.add_targets() to send any number in batches"
        )
    return args_for(add_segment_targets._get_kwargs, segment_id, body=checked)


def _normalize(segment_id: int, fields: Mapping[str | int, Sequence[str]]) -> Call:
    body = NormalizationRequest(
        fields=NormalizationRequestFields.from_dict({str(k): list(v) for k, v in fields.items()})
    )
    return args_for(normalize_segment._get_kwargs, segment_id, body=body)


class Segments(Resource[C]):
    """Segments and their targets."""

    add_targets_raw = Operation(
        add_segment_targets._get_kwargs, add_segment_targets._parse_response
    ).adapt(_add_targets_raw)
    clear = Operation(clear_segment_targets._get_kwargs, clear_segment_targets._parse_response)
    normalize = Operation(normalize_segment._get_kwargs, normalize_segment._parse_response).adapt(
        _normalize
    )
