"""Import: `client.imports`, import definitions, their file and their executions."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from np6_api.bindings import imports as generated
from np6_api.bindings.imports import ImportsPlain as Plain
from np6_api.types import File

from .._operation import C, Call, args_for


def _upload(
    import_id: int, data: bytes | BinaryIO | os.PathLike[str], *, filename: str | None = None
) -> Call:
    """The file as bytes, an open binary file, or a path (read when the call is made).

    `filename` is sent as `Content-Disposition: attachment; filename="..."`; a name with quotes,
    backslashes or control characters is a ValueError, raised before anything is sent.
    """
    if isinstance(data, bytes | bytearray):
        payload: BinaryIO = io.BytesIO(data)
    elif isinstance(data, os.PathLike):
        payload = io.BytesIO(Path(data).read_bytes())
    elif hasattr(data, "read"):
        payload = data
    else:
        raise TypeError(f"data must be bytes, a binary file or a path, not {type(data).__name__}")
    return args_for(Plain.upload.build, import_id, body=File(payload=payload, file_name=filename))


class Imports(generated.Imports[C]):
    """Import definitions."""

    upload = Plain.upload.adapt(_upload)
