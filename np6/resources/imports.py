"""Import: `client.imports`, import definitions, their file and their executions."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from np6_api.api.import_ import (
    create_import,
    delete_import,
    get_import,
    get_import_execution,
    list_imports,
    start_import_execution,
    update_import,
    upload_import_source,
)
from np6_api.types import File

from .._operation import C, Call, Operation, Resource, args_for


def _upload(import_id: int, data: bytes | BinaryIO | os.PathLike[str]) -> Call:
    """The file as bytes, an open binary file, or a path (read when the call is made)."""
    if isinstance(data, bytes | bytearray):
        payload: BinaryIO = io.BytesIO(data)
    elif isinstance(data, os.PathLike):
        payload = io.BytesIO(Path(data).read_bytes())
    elif hasattr(data, "read"):
        payload = data
    else:
        raise TypeError(f"data must be bytes, a binary file or a path, not {type(data).__name__}")
    return args_for(upload_import_source._get_kwargs, import_id, body=File(payload=payload))


class Imports(Resource[C]):
    """Import definitions."""

    list = Operation(list_imports)
    create = Operation(create_import)
    get = Operation(get_import)
    update = Operation(update_import)
    delete = Operation(delete_import)
    upload = Operation(upload_import_source).adapt(_upload)
    last_execution = Operation(get_import_execution)
    execute = Operation(start_import_execution)
