"""A batch job's journal of acknowledged chunks, so that a rerun sends only what NP6 did not take.

Text, append-only, one record a line:

    np6-checkpoint 1 <job> <chunk size> <digest of the first chunk>   (header)
    s <index>                       chunk <index> is about to be sent
    a <index> <count> <digest>      NP6 acknowledged chunk <index> (fsynced before going on)

The newline commits a record: a last line without one was torn by a crash (`kill -9`, power
loss) and is cut off when the journal is reopened. `<job>` names the operation and its target
(`segments.add_targets:99`), so a journal never skips chunks of another segment; digests (64-bit
BLAKE2b of a chunk's ids) make a changed input an error rather than a silent skip. About 30 bytes
per chunk of 50 ids.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

MAGIC = b"np6-checkpoint"
VERSION = b"1"
NO_CHUNK = "-"  # first-chunk digest of an empty input


class CheckpointError(ValueError):
    """A checkpoint file that belongs to another job or input, is in use, or is damaged."""


def digest(ids: Sequence[str]) -> str:
    """A 64-bit fingerprint of a chunk: its ids, in order (length-prefixed, so unambiguous)."""
    import hashlib  # here: loading OpenSSL costs `import np6` ~5 ms

    h = hashlib.blake2b(digest_size=8)
    for item in ids:
        data = item.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(4, "big"))
        h.update(data)
    return h.hexdigest()


class Journal:
    """One job's checkpoint file, opened for reading what is there and appending to it."""

    def __init__(self, path: str | os.PathLike[str], job: str, size: int) -> None:
        self.path = Path(path)
        self.job = quote(job, safe=":._-")
        self.size = size
        self.acked: dict[int, tuple[int, str]] = {}
        self.started: set[int] = set()
        self._first: str | None = None
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        except OSError as exc:
            raise CheckpointError(f"cannot open checkpoint {self.path}: {exc.strerror}") from exc
        try:
            self._lock()
            self._load()
        except BaseException:
            os.close(self._fd)
            raise

    def _lock(self) -> None:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX: no advisory lock
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise CheckpointError(
                f"checkpoint {self.path} is in use by another running job"
            ) from None

    def _load(self) -> None:
        committed = 0
        with open(self._fd, "rb", closefd=False) as f:
            f.seek(0)
            for number, line in enumerate(f, start=1):
                if not line.endswith(b"\n"):
                    break  # torn by a crash: never acknowledged
                self._record(number, line.split())
                committed += len(line)
        if committed != os.fstat(self._fd).st_size:
            os.ftruncate(self._fd, committed)

    def _record(self, number: int, fields: list[bytes]) -> None:
        try:
            if number == 1:
                magic, version, job, size, first = fields
                if magic != MAGIC or version != VERSION:
                    raise ValueError
                header = (job.decode(), int(size), first.decode())
            elif fields[0] == b"s" and len(fields) == 2:
                self.started.add(int(fields[1]))
            elif fields[0] == b"a" and len(fields) == 4:
                self.acked[int(fields[1])] = (int(fields[2]), fields[3].decode())
            else:
                raise ValueError
        except (ValueError, IndexError, UnicodeDecodeError):
            raise CheckpointError(
                f"{self.path}, line {number}: not a checkpoint record; the file is damaged "
                "or not an np6 checkpoint"
            ) from None
        if number == 1:
            self._check_header(*header[:2])
            self._first = header[2]

    def _check_header(self, job: str, size: int) -> None:
        if job != self.job:
            raise CheckpointError(
                f"checkpoint {self.path} belongs to {job}, not {self.job}: "
                "use another file, or delete it to start over"
            )
        if size != self.size:
            raise CheckpointError(
                f"checkpoint {self.path} was written with chunks of {size}, not {self.size}"
            )

    def begin(self, first: str) -> None:
        """Bind the journal to the input by its first chunk; refuse another input."""
        if self._first is None:
            self._append(b" ".join([MAGIC, VERSION, self.job.encode(), b"%d" % self.size]), first)
            self._sync_directory()
            self._first = first
        elif self._first != first:
            raise CheckpointError(
                f"checkpoint {self.path} was written for another input (its first chunk "
                "differs): use another file, or delete it to start over"
            )

    def verify(self, index: int, position: int, ids: Sequence[str]) -> bool:
        """True when chunk `index` was acknowledged; an error when it was, with other ids."""
        known = self.acked.get(index)
        if known is None:
            return False
        if known != (len(ids), digest(ids)):
            raise CheckpointError(
                f"checkpoint {self.path}: chunk {index} (from input position {position}) is not "
                "the one acknowledged before; the input changed since the checkpoint was written"
            )
        return True

    def sent(self, index: int) -> None:
        # Not fsynced: it only sizes the `resent` count, and a process crash keeps it anyway.
        self._append(b"s", str(index))

    def ack(self, index: int, ids: Sequence[str]) -> None:
        self._append(b"a", f"{index} {len(ids)} {digest(ids)}")
        os.fsync(self._fd)

    def _append(self, head: bytes, rest: str) -> None:
        # One write() per record: a signal cannot split it, only a crash can tear it.
        os.write(self._fd, head + b" " + rest.encode() + b"\n")

    def _sync_directory(self) -> None:
        os.fsync(self._fd)
        try:
            directory = os.open(self.path.parent, os.O_RDONLY)
        except OSError:  # pragma: no cover - e.g. Windows
            return
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def close(self) -> None:
        os.close(self._fd)
