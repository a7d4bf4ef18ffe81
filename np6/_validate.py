"""Checks on caller input, done before any request is sent."""

from __future__ import annotations

import datetime as dt
import ipaddress
import math
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote
from uuid import UUID

import httpx

from ._errors import NP6Error, safe_url

if TYPE_CHECKING:  # np6_api loads attrs: keep it out of `import np6`
    from np6_api.types import Unset

__all__ = [
    "Unicity",
    "When",
    "check_base_url",
    "check_path",
    "check_path_param",
    "epoch_seconds",
    "exactly_one",
    "maybe_datetime",
    "string_ids",
    "to_datetime",
    "unicity",
]

# A unicity value: the string NP6 expects, or the parts of a multi-criteria unicity.
Unicity = str | tuple[str | int, ...]
# An instant: a datetime (naive means UTC), an ISO 8601 string, or an epoch timestamp in seconds.
When = dt.datetime | dt.date | str | int | float


# Above this, a number cannot be epoch seconds (year 5138): it is epoch milliseconds.
EPOCH_MS_THRESHOLD = 1e11


def epoch_seconds(value: float) -> float:
    """An epoch timestamp in seconds, from seconds or milliseconds (NP6 uses both)."""
    return value / 1000 if abs(value) > EPOCH_MS_THRESHOLD else value


def check_path_param(name: str, value: object) -> None:
    """Refuse values that could change which resource a URL points at, or that NP6 cannot take."""
    if isinstance(value, bool) or not isinstance(value, str | int | UUID):
        raise TypeError(f"{name} must be a str, int or UUID, got {type(value).__name__}")
    if not isinstance(value, str):  # an int or a UUID is one safe segment
        return
    if not value.strip():
        raise ValueError(f"{name} must not be empty")
    if "/" in value or "\\" in value or ".." in value:
        raise ValueError(f"{name} must not contain '/', '\\' or '..': {value!r}")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValueError(f"{name} must not contain control characters: {value!r}")
    if _unsafe_segment(value):
        raise ValueError(f"{name} must not be, or decode to, '.', '..', '/' or blank: {value!r}")


def _unsafe_segment(segment: str) -> bool:
    """Whether a path segment is, or decodes or normalises to, blank, '.', '..' or holds '/'."""
    seen = segment
    for _ in range(4):  # %252e -> %2e -> .
        decoded = unquote(seen)
        if decoded == seen:
            break
        seen = decoded
    seen = unicodedata.normalize("NFKC", seen).strip()
    return seen in ("", ".", "..") or "/" in seen or "\\" in seen


def check_path(path: str) -> None:
    """The last check before a URL is built from base URL + `path`: one per request, all paths.

    httpx removes dot segments, so `/targets/.` would become the bulk `/targets/`: refuse any
    segment that is blank or decodes to a dot segment, and anything but a plain absolute path.
    """
    if not isinstance(path, str) or not path.startswith("/"):
        raise ValueError(f"the path must be a str starting with '/', got {path!r}")
    for segment in path[1:].split("/"):
        if segment in ("", ".", "..") or (
            ("%" in segment or not segment.isascii()) and _unsafe_segment(segment)
        ):
            raise ValueError(f"the path has an empty or dot segment: {path!r}")
    if any(c in "?#" or ord(c) <= 32 or ord(c) == 127 for c in path):
        raise ValueError(
            f"the path must not contain '?', '#', spaces or control characters "
            f"(pass params= for a query): {path!r}"
        )


_LOOPBACK_NAMES = ("localhost", "localhost.")


def check_base_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """The base URL, validated and without a trailing slash.

    Refused: anything but http(s) with a host; credentials, a query or a fragment (they would be
    sent, or mangled, on every call); plain http to a host other than loopback, where the key
    would travel in clear, unless `allow_insecure_http=True`. Messages never show credentials.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise NP6Error(f"base_url is not a valid URL ({type(exc).__name__})") from None
    shown = str(safe_url(parsed))
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise NP6Error(f"base_url must be an http(s) URL with a host, like https://host: {shown}")
    if parsed.userinfo:
        raise NP6Error(f"base_url must not contain credentials (the key goes in api_key): {shown}")
    if parsed.query or parsed.fragment or "?" in url or "#" in url:
        raise NP6Error(f"base_url must not have a query or a fragment: {shown}")
    if parsed.scheme == "http" and not allow_insecure_http and not _is_loopback(parsed.host):
        raise NP6Error(
            f"base_url {shown} is plain http: the API key would travel in clear. Use https, "
            "or pass allow_insecure_http=True if you really mean it."
        )
    return str(parsed).rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def unicity(*parts: str | int, sep: str = "") -> str:
    """Join the values of a multi-criteria unicity into the single string NP6 expects.

    >>> unicity("FR", 12345)
    'FR12345'
    """
    if not parts:
        raise ValueError("unicity() needs at least one part")
    if not isinstance(sep, str):
        raise TypeError(f"sep must be a str, got {type(sep).__name__}")
    texts = []
    for i, part in enumerate(parts):
        if isinstance(part, bool) or not isinstance(part, str | int):
            raise TypeError(f"unicity part {i} must be a str or int, got {type(part).__name__}")
        text = str(part)
        if not text:
            raise ValueError(f"unicity part {i} is empty")
        texts.append(text)
    return sep.join(texts)


def unicity_value(value: Unicity, name: str = "unicity") -> str:
    """A unicity given as a string or as a tuple of parts, as the one string NP6 expects."""
    if isinstance(value, tuple):
        return unicity(*value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or a tuple of parts, got {type(value).__name__}")
    if not value:
        raise ValueError(f"{name} must not be empty")
    return value


def to_datetime(value: When, name: str) -> dt.datetime:
    """An aware datetime from any accepted form of instant (naive values are taken as UTC)."""
    if isinstance(value, bool):
        raise TypeError(f"{name} must be a datetime, ISO string or epoch timestamp, got bool")
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValueError(f"{name} is not a finite timestamp: {value!r}")
        return dt.datetime.fromtimestamp(epoch_seconds(value), tz=dt.UTC)
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{name} is not an ISO 8601 date: {value!r}") from None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
    raise TypeError(f"{name} must be a datetime, ISO string or epoch timestamp, got {value!r}")


def maybe_datetime(value: When | None, name: str) -> dt.datetime | Unset:
    """`to_datetime` for an optional query parameter: None stays unsent."""
    from np6_api.types import UNSET

    return to_datetime(value, name) if value is not None else UNSET


def exactly_one(**candidates: object) -> str:
    """The name of the single argument that is set; a clear error otherwise."""
    given = [name for name, value in candidates.items() if value is not None]
    if len(given) != 1:
        names = ", ".join(candidates)
        found = ", ".join(given) or "none"
        raise ValueError(f"pass exactly one of {names} (got {found})")
    return given[0]


def identifier_params(**candidates: str | Unicity | None) -> dict[str, Any]:
    """Exactly one of the given identifiers, as generated keyword arguments (others unsent).

    `unicity` may be given as parts; `hash` becomes the generator's `hash_`.
    """
    from np6_api.types import UNSET

    exactly_one(**candidates)
    params: dict[str, Any] = {}
    for name, value in candidates.items():
        if name == "unicity" and value is not None:
            value = unicity_value(value)
        params["hash_" if name == "hash" else name] = value if value is not None else UNSET
    return params


def string_ids(ids: Iterable[object], name: str = "ids") -> list[str]:
    """A list of non-empty string identifiers, or a clear error naming the first bad one."""
    if isinstance(ids, str | bytes):
        raise TypeError(f"{name} must be an iterable of strings, not a single {type(ids).__name__}")
    out: list[str] = []
    for i, item in enumerate(ids):
        out.append(check_id(item, i, name))
    return out


def check_id(item: object, index: int, name: str = "ids") -> str:
    if not isinstance(item, str):
        raise TypeError(f"{name}[{index}] must be a str, got {type(item).__name__}: {item!r}")
    if not item.strip():
        raise ValueError(f"{name}[{index}] is an empty string")
    return item
