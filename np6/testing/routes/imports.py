"""Import: definitions, import formats, the uploaded file, executions that finish on the clock.

An execution is "processing" (0) until `fake.import_delay` seconds have passed on the fake's
clock, then "completed" (1), or "error" (2) when no file was uploaded first.
"""

from __future__ import annotations

from .._messages import ApiError, Incoming, Result, ok
from .._state import State, iso
from ._common import crud, found
from ._registry import route

crud("/imports", lambda s: s.imports, dated=True, needs=("name",))
crud("/importFormats", lambda s: s.import_formats)

PROCESSING, COMPLETED, ERROR = 0, 1, 2


@route("PUT", "/imports/{id}/source")
def upload_import_source(state: State, request: Incoming) -> Result:
    key = found(state.imports, request)
    disposition = request.headers.get("content-disposition", "")
    filename = disposition.partition("filename=")[2].strip('"') or "upload"
    with state.lock:
        state.import_files[key] = (filename, request.body)
    now = iso(state.clock.now())
    return ok({"id": key, "filename": filename, "creationDate": now, "updateDate": now})


@route("POST", "/imports/{id}/executions")
def start_import_execution(state: State, request: Incoming) -> Result:
    key = found(state.imports, request)
    if request.body:
        body = request.json()
        if isinstance(body, dict):
            state.imports.update(key, body)
    outcome = COMPLETED if key in state.import_files else ERROR
    with state.lock:
        state.import_runs[key] = (state.clock.elapsed() + state.import_delay, outcome)
    return ok({"state": PROCESSING})


@route("GET", "/imports/{id}/executions")
def get_import_execution(state: State, request: Incoming) -> Result:
    key = found(state.imports, request)
    run = state.import_runs.get(key)
    if run is None:
        raise ApiError(404, f"import {key} was never started")
    ends, outcome = run
    return ok({"state": outcome if state.clock.elapsed() >= ends else PROCESSING})
