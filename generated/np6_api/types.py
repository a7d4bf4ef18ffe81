"""Contains some shared types for properties"""

from collections.abc import Callable, Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# np6: reads are tolerant, writes are strict (openapi/templates/, see README "Regenerating").
# Answers are parsed in a tolerant context: an enum value the spec does not list becomes a
# pseudo-member that keeps the raw value (`.value`, sent back unchanged by `to_dict`), and a union
# whose discriminator value is unknown falls back to the first variant whose fields fit. Models
# built by hand or from a dict for a request stay strict: an unknown value is a ValueError.
STRICT, PINNED, TOLERANT = (
    0,
    1,
    2,
)  # PINNED: tolerant, except one-value enums (union variant pins)
_leniency: ContextVar[int] = ContextVar("np6_api_leniency", default=STRICT)

E = TypeVar("E", bound=Enum)


@contextmanager
def tolerant() -> Iterator[None]:
    """Parse an answer: unknown enum values and discriminators are kept, not refused."""
    token = _leniency.set(TOLERANT)
    try:
        yield
    finally:
        _leniency.reset(token)


class WrongVariant(ValueError):
    """The one value of a union variant's discriminator enum (its pin) does not match."""


def unknown_member(cls: type[E], value: object, *, pin: bool) -> E | None:
    """`Enum._missing_` of generated enums: a pseudo-member for `value` in a tolerant parse."""
    level = _leniency.get()
    if pin and level != TOLERANT:
        raise WrongVariant(f"{value!r} is not {cls.__qualname__}'s value")
    if level == STRICT:
        return None
    base: type = int if issubclass(cls, int) else str
    if type(value) is not base:
        return None
    member = base.__new__(cls, value)
    member._name_ = "UNKNOWN"
    member._value_ = value
    return member  # type: ignore[no-any-return]


def is_known(member: Enum) -> bool:
    """False for the pseudo-member of a value the spec does not list."""
    return member._value_ in type(member)._value2member_map_


def parse_union(parse: Callable[[object], T], data: object) -> T:
    """Parse a union: in a tolerant parse, first with every variant's pin strict, then without."""
    level = _leniency.get()
    if level == STRICT:
        return parse(data)
    token = _leniency.set(PINNED)
    try:
        return parse(data)
    except (TypeError, ValueError, AttributeError, KeyError):
        if level == PINNED:
            raise
    finally:
        _leniency.reset(token)
    return parse(data)


def union_error(errors: list[Exception]) -> Exception:
    """The error to raise when no variant of a union fits: the first not about a wrong variant."""
    for error in errors:
        cause = error.cause if isinstance(error, FieldError) else error
        if not isinstance(cause, WrongVariant):
            return error
    return errors[-1]


class FieldError(ValueError):
    """A field of a model does not fit its schema; `path` names it (dotted when nested)."""

    def __init__(self, path: str, cause: BaseException) -> None:
        self.path = path
        self.cause = cause
        reason = "required field missing" if isinstance(cause, KeyError) else str(cause)
        super().__init__(f"{path}: {reason}")


def field_error(name: str, error: BaseException) -> FieldError:
    """The error of `from_dict` for field `name` (inner errors keep their own path)."""
    if isinstance(error, FieldError):
        return FieldError(f"{name}.{error.path}", error.cause)
    return FieldError(name, error)


__all__ = [
    "UNSET",
    "FieldError",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "field_error",
    "is_known",
    "parse_union",
    "tolerant",
    "union_error",
    "unknown_member",
]
