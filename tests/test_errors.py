"""np6._errors: the hierarchy, pickles without the key, bounded excerpts; np6._validate homes."""

from __future__ import annotations

import pickle
import tracemalloc

import httpx
import pytest

import np6
from np6._errors import excerpt, status_error, strict_json, transport_error
from np6._validate import epoch_seconds

KEY = "sk-live-very-secret-0123"


def _response(status: int, content: bytes = b'{"message": "no"}') -> httpx.Response:
    request = httpx.Request(
        "GET", "https://api-cm.np6.com/targets/000T1?unicity=FR123", headers={"X-Key": KEY}
    )
    response = httpx.Response(status, content=content, request=request)
    response.read()
    return response


def test_the_hierarchy_is_the_documented_tree() -> None:
    assert issubclass(np6.APIError, np6.NP6Error)
    for cls in (np6.APIStatusError, np6.APIConnectionError, np6.InvalidResponseError):
        assert cls.__bases__ == (np6.APIError,)
    assert np6.APITimeoutError.__bases__ == (np6.APIConnectionError,)
    for cls in (np6.NotFoundError, np6.RateLimitError, np6.RedirectError):
        assert cls.__bases__ == (np6.APIStatusError,)
    doc = np6._errors.__doc__ or ""
    for name in np6._errors.__all__:
        assert name in doc, f"{name} is missing from the tree in the module docstring"


@pytest.mark.parametrize("status", [302, 400, 404, 429, 503])
def test_errors_pickle_without_the_key(status: int) -> None:
    error = status_error(_response(status))
    data = pickle.dumps(error)
    assert KEY.encode() not in data
    back = pickle.loads(data)  # noqa: S301 (our own bytes)
    assert type(back) is type(error)
    assert str(back) == str(error)
    assert back.status_code == status
    assert back.body == {"message": "no"}
    assert back.request.url == error.request.url
    assert "x-key" not in back.request.headers
    assert back.response.request.url == error.request.url
    assert error.request.headers["X-Key"] == KEY  # the live error is untouched


def test_transport_errors_pickle_too() -> None:
    request = httpx.Request("GET", "https://api-cm.np6.com/x", headers={"X-Key": KEY})
    error = transport_error(request, httpx.ReadTimeout("slow", request=request))
    assert type(error) is np6.APITimeoutError
    data = pickle.dumps(error)
    assert KEY.encode() not in data
    back = pickle.loads(data)  # noqa: S301 (our own bytes)
    assert str(back) == "GET https://api-cm.np6.com/x timed out (ReadTimeout)"


def test_messages_hold_no_query_string() -> None:
    error = status_error(_response(404))
    assert "unicity" not in str(error) and "FR123" not in str(error)


def test_status_code_is_a_literal_per_class() -> None:
    assert np6.NotFoundError.__annotations__["status_code"] == "Literal[404]"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("  a\n\tb   c ", "a b c"),
        (b"  a\n\tb   c ", "a b c"),
        ("x" * 500, "x" * 199 + "…"),
        ("\x1b[31mred", "\ufffd[31mred"),
        (b"caf\xc3\xa9 \xff", "café \ufffd"),
        (" " * 100_000 + "end", "end"),
    ],
)
def test_excerpt_is_one_bounded_line(text: str | bytes, shown: str) -> None:
    assert excerpt(text) == shown


@pytest.mark.parametrize("word", [b"x", b"x" * 1000], ids=["words", "one-word"])
def test_an_8_mb_error_body_costs_less_than_itself(word: bytes) -> None:
    body = (word + b" ") * (8_000_000 // (len(word) + 1))
    response = _response(500, body)
    tracemalloc.start()
    try:
        error = status_error(response)
        message = str(error)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(message) < 400
    assert peak < 100_000, f"building the error took {peak} bytes"
    assert isinstance(error.body, str)  # too large to parse as JSON, kept as text


def test_error_bodies_parse_lazily_and_never_raise() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    assert status_error(_response(400, deep)).body == deep.decode()
    assert status_error(_response(400, b"\xff\xfe")).body == "\ufffd\ufffd"
    assert status_error(_response(400, b"")).body is None


@pytest.mark.parametrize("text", [b"NaN", b"[Infinity]", b"-1e999", b'{"n": 1e400}'])
def test_strict_json_refuses_non_finite_numbers(text: bytes) -> None:
    with pytest.raises(ValueError, match=r"JSON number|out of range"):
        strict_json(text)
    assert strict_json(b"[1.5, 2]") == [1.5, 2]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [(0, 0), (1_800_000_000, 1_800_000_000), (1_800_000_000_500, 1_800_000_000.5), (3.5, 3.5)],
)
def test_epoch_seconds_reads_milliseconds_above_1e11(value: float, seconds: float) -> None:
    assert epoch_seconds(value) == seconds
