"""Segment: `client.segments`."""

from __future__ import annotations

import functools
import os
from collections.abc import Coroutine, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast, overload

from np6_api.bindings import segments as generated
from np6_api.bindings.segments import SegmentsPlain as Plain

from .._batching import BatchResult, ProgressCallback, arun_batches, run_batches
from .._operation import C, Call, args_for
from .._validate import check_path_param, string_ids

if TYPE_CHECKING:
    from .._client import AsyncClient, Client

MAX_TARGETS_PER_CALL = 50


def _add_targets_raw(segment_id: int, ids: Sequence[str]) -> Call:
    checked = string_ids(ids)
    if len(checked) > MAX_TARGETS_PER_CALL:
        raise ValueError(
            f"NP6 takes at most {MAX_TARGETS_PER_CALL} targets per call, got {len(checked)}; "
            "use segments.add_targets() to send any number in batches"
        )
    return args_for(Plain.add_targets_raw.build, segment_id, body=checked)


def _normalize(segment_id: int, fields: Mapping[str | int, Sequence[str]]) -> Call:
    from np6_api.models.normalization_request import NormalizationRequest
    from np6_api.models.normalization_request_fields import NormalizationRequestFields

    body = NormalizationRequest(
        fields=NormalizationRequestFields.from_dict({str(k): list(v) for k, v in fields.items()})
    )
    return args_for(Plain.normalize.build, segment_id, body=body)


class Segments(generated.Segments[C]):
    """Segments and their targets."""

    @overload
    def add_targets(
        self: Segments[Client],
        segment_id: int,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
        checkpoint: str | os.PathLike[str] | None = None,
    ) -> BatchResult: ...
    @overload
    def add_targets(
        self: Segments[AsyncClient],
        segment_id: int,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
        checkpoint: str | os.PathLike[str] | None = None,
    ) -> Coroutine[Any, Any, BatchResult]: ...
    def add_targets(
        self,
        segment_id: int,
        ids: Iterable[str],
        *,
        concurrency: int = 4,
        on_progress: ProgressCallback | None = None,
        checkpoint: str | os.PathLike[str] | None = None,
    ) -> BatchResult | Coroutine[Any, Any, BatchResult]:
        """Add any number of targets (ids or unicity values), 50 per request, in input order.

        Chunks go out with up to `concurrency` in flight; a chunk that still fails after the
        client's retries is reported in the result with its ids while the others go on. An
        answer that would fail every chunk (401, 403, 404, a server that cannot be reached)
        stops the job: see `stopped_by` and `not_sent_from`. Duplicates in the input are
        reported in `result.duplicates` and sent once.

        `checkpoint`: a file journaling each acknowledged chunk; running again with the same
        input and file sends only the rest (`result.skipped`). Chunks in flight at a crash are
        sent again (`result.resent`), which adds nothing twice. On Ctrl-C or cancellation the
        exception is re-raised with the result so far: `np6.partial_result(exc)`.
        """
        check_path_param("segment_id", segment_id)
        # Bound to the sync or async client: returns an int or an awaitable of one.
        send: Any = functools.partial(cast(Any, self).add_targets_raw, segment_id)
        run: Any = arun_batches if self._client.is_async else run_batches
        return run(  # type: ignore[no-any-return]
            send,
            ids,
            concurrency=concurrency,
            on_progress=on_progress,
            checkpoint=checkpoint,
            job=f"segments.add_targets:{segment_id}",
        )

    add_targets_raw = Plain.add_targets_raw.adapt(_add_targets_raw)
    normalize = Plain.normalize.adapt(_normalize)
