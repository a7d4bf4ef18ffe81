"""Request bodies that can be sent again: what a retry or a 307/308 redirect resends.

httpx sends a file object once: a retry then sends what is left of it (nothing), with a
Content-Length that no longer matches. np6 therefore wraps file-like bodies:

- a seekable file is rewound to where it stood when the call was made, before every try;
- a non-seekable stream is read ahead up to `BUFFER_LIMIT`: if it ends there it is kept in memory
  and resent like bytes; a longer one is sent once and never retried (the first error is raised).

Bytes, str and JSON bodies are already replayable (httpx.ByteStream); other streams are not.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote

import httpx

BUFFER_LIMIT = 1 << 20
CHUNK = 1 << 16

_UNSAFE_NAME = re.compile(r'[\x00-\x1f\x7f"\\]')


def content_disposition(filename: str) -> str:
    """`attachment; filename="..."` for an upload, refusing what could break the header.

    Quotes, backslashes and control characters (newlines included) are a ValueError rather than
    escaped: servers unescape them inconsistently. A non-ASCII name is sent as RFC 6266's
    `filename*=UTF-8''...`, after an ASCII fallback for servers that only read `filename`.
    """
    if not isinstance(filename, str) or not filename:
        raise ValueError(f"filename must be a non-empty str, not {filename!r}")
    if _UNSAFE_NAME.search(filename):
        refused = "quotes, backslashes and control characters are refused"
        raise ValueError(f"filename {filename!r}: {refused}")
    if filename.isascii():
        return f'attachment; filename="{filename}"'
    fallback = "".join(c if c.isascii() else "_" for c in filename)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def is_file(content: object) -> bool:
    return hasattr(content, "read") and not isinstance(content, bytes | bytearray | str)


class FileBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A file-like request body, rewound before each send when it can be."""

    def __init__(self, file: Any) -> None:
        self.file = file
        self.start: int | None = _position(file)
        self.head = b""
        self.length: int | None = None
        if self.start is not None:
            self.length = file.seek(0, os.SEEK_END) - self.start
            file.seek(self.start)
        else:
            self.head = _read(file, BUFFER_LIMIT + 1)
            if len(self.head) <= BUFFER_LIMIT:  # the whole stream: keep it
                self.length = len(self.head)
        self._sent = False

    @property
    def replayable(self) -> bool:
        return self.length is not None

    def attach(self, request: httpx.Request) -> None:
        """Make this the body of `request` (built with `content=self`), with its length."""
        request.stream = self
        for name in ("Content-Length", "Transfer-Encoding"):
            request.headers.pop(name, None)
        if self.length is not None:
            request.headers["Content-Length"] = str(self.length)
        else:
            request.headers["Transfer-Encoding"] = "chunked"

    def _chunks(self) -> Iterator[bytes]:
        if self.start is not None:
            self.file.seek(self.start)
        elif self._sent and self.length is None:
            raise httpx.StreamConsumed()
        self._sent = True
        if self.head:
            yield self.head
        if self.length is not None and self.start is None:
            return  # fully buffered
        while chunk := _read(self.file, CHUNK):
            yield chunk

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # A sync file read in small chunks, as httpx itself does for sync file bodies.
        for chunk in self._chunks():
            yield chunk


def _position(file: Any) -> int | None:
    try:
        if not file.seekable():
            return None
        return int(file.tell())
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return None


def _read(file: Any, size: int) -> bytes:
    data = file.read(size)
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"a request body file must be opened in binary mode, got {type(data)}")
    return bytes(data)


def replayable(stream: object) -> bool:
    """Whether a request body can be sent again as it was."""
    return isinstance(stream, httpx.ByteStream) or bool(getattr(stream, "replayable", False))
