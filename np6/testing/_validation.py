"""Checking traffic against the spec with openapi-core.

The fake hands openapi-core small adapter objects instead of httpx ones, so the same check serves
the in-process transport and the socket server. The router has already matched the spec path, so
the adapters carry `path_pattern` and the path parameters: openapi-core skips its own path search.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from openapi_core.exceptions import OpenAPIError

from .._errors import excerpt
from .._openapi import HTTP_METHODS
from ._messages import SpecViolation
from ._spec import Spec

if TYPE_CHECKING:
    from openapi_core import OpenAPI


class _Request:
    """openapi-core's Request protocol (with SupportsPathPattern) over plain values."""

    def __init__(
        self,
        *,
        host_url: str,
        method: str,
        path: str,
        path_pattern: str,
        path_params: Mapping[str, str],
        query: Mapping[str, list[str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = host_url
        self.method = method.lower()
        self.path = path
        self.path_pattern = path_pattern
        self.body = body or None
        header = Headers(list(headers.items()))  # case-insensitive
        self.content_type = header.get("content-type", "").lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict([(k, v) for k, vs in query.items() for v in vs]),
            header=header,
            path=dict(path_params),
        )


class _Response:
    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = status
        self.headers = Headers(list(headers.items()))  # case-insensitive
        self.content_type = self.headers.get("content-type", "").lower()
        self.data = body or None


@functools.lru_cache(maxsize=8)
def _openapi(spec: Spec) -> OpenAPI:
    # Built once per spec file version: building the schema tree takes a good fraction of a
    # second. The spec itself is validated by tests/test_spec.py, so that check is skipped here.
    from jsonschema_path import SchemaPath
    from openapi_core import Config, OpenAPI
    from openapi_core.deserializing.media_types.util import json_loads

    deserializers: dict[str, Any] = dict.fromkeys(spec.json_media_types, json_loads)
    # A raw upload is any bytes: the schema's `type: string, format: binary` describes it.
    deserializers["application/octet-stream"] = lambda body: body.decode("latin-1")
    config = Config(spec_validator_cls=None, extra_media_type_deserializers=deserializers)
    document = _inline_refs(_single_type_parameters(spec.document))
    return OpenAPI(SchemaPath.from_dict(document, base_uri=spec.path.as_uri()), config=config)


def _single_type_parameters(document: dict[str, Any]) -> dict[str, Any]:
    """A copy where parameter schemas such as `type: [string, 'null']` become `type: string`.

    openapi-core 0.23.1 cannot deserialize a parameter whose `type` is a list (TypeError in its
    style deserializer); a value taken from a URL or header is never null anyway.
    """
    document = copy.deepcopy(document)
    parameters: list[Any] = list(document.get("components", {}).get("parameters", {}).values())
    for item in document.get("paths", {}).values():
        parameters += item.get("parameters", [])
        for method in HTTP_METHODS:
            parameters += (item.get(method) or {}).get("parameters", [])
    for parameter in parameters:
        schema = parameter.get("schema") if isinstance(parameter, dict) else None
        if isinstance(schema, dict) and isinstance(schema.get("type"), list):
            types = [t for t in schema["type"] if t != "null"]
            schema["type"] = types[0] if len(types) == 1 else types
    return document


def _inline_refs(document: dict[str, Any]) -> dict[str, Any]:
    """The paths with every local `$ref` replaced by what it points to (a recursive one is kept).

    openapi-core resolves a `$ref` again on every access, which was most of a validation's cost;
    an inlined tree is read directly. The components stay for the refs that remain.
    """

    def inline(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [inline(item, seen) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/") and ref not in seen:
            target: Any = document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            return inline(target, (*seen, ref))
        return {key: inline(value, seen) for key, value in node.items()}

    return {**document, "paths": inline(document.get("paths", {}), ())}


# Headers whose values the fake writes itself, as counters; left out of the memo's key.
_COUNTERS = frozenset({"content-length", "x-ratelimit-remaining", "x-ratelimit-reset"})
_MEMO_SIZE = 4096
_MEMO_BODY = 64 * 1024  # larger bodies are checked every time


class Validator:
    """Request and response checks for one spec.

    A check is a pure function of what it reads, and openapi-core takes tens of milliseconds per
    check: verdicts on identical traffic (retries, loops, the same call in several tests) are
    remembered, per spec version.
    """

    @staticmethod
    def for_spec(spec: Spec) -> Validator:
        return _validator(spec)

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.openapi = _openapi(spec)
        self._verdicts: dict[tuple[Any, ...], str | None] = {}

    def _remembered(self, key: tuple[Any, ...], check: Callable[[], None]) -> None:
        cacheable = len(key[-1]) <= _MEMO_BODY
        verdict = self._verdicts.get(key, False) if cacheable else False
        if verdict is False:
            try:
                check()
                verdict = None
            except OpenAPIError as exc:
                verdict = _describe(exc)
            if cacheable:
                if len(self._verdicts) >= _MEMO_SIZE:
                    self._verdicts.clear()
                self._verdicts[key] = verdict
        if verdict is not None:
            raise SpecViolation(verdict)

    def request(
        self,
        *,
        method: str,
        path: str,
        path_pattern: str,
        path_params: Mapping[str, str],
        query: Mapping[str, list[str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> None:
        """Raise SpecViolation saying what in the request breaks the spec."""
        key = (
            "request", method, path, path_pattern, tuple(sorted(path_params.items())),
            tuple((k, tuple(v)) for k, v in sorted(query.items())),
            tuple(sorted((k.lower(), v) for k, v in headers.items()
                         if k.lower() in ("content-type", "x-key"))),
            body,
        )  # fmt: skip

        def check() -> None:
            request = _Request(
                host_url=self.spec.server_url,
                method=method,
                path=path,
                path_pattern=path_pattern,
                path_params=path_params,
                query=query,
                headers=headers,
                body=body,
            )
            # validate_* rather than unmarshal_*: building Python values costs more than checking.
            self.openapi.validate_request(request)

        self._remembered(key, check)

    def response(
        self, method: str, path_pattern: str, status: int, headers: Mapping[str, str], body: bytes
    ) -> None:
        """Raise SpecViolation saying what in the response breaks the spec of that operation."""
        kept = tuple(
            sorted((k.lower(), v) for k, v in headers.items() if k.lower() not in _COUNTERS)
        )
        key = ("response", method, path_pattern, status, kept, body)

        def check() -> None:
            # Only the operation matters to response checks; the request's values do not.
            request = _Request(
                host_url=self.spec.server_url,
                method=method,
                path=path_pattern,
                path_pattern=path_pattern,
                path_params={},
                query={},
                headers={},
                body=b"",
            )
            self.openapi.validate_response(request, _Response(status, headers, body))

        self._remembered(key, check)


@functools.lru_cache(maxsize=8)
def _validator(spec: Spec) -> Validator:
    return Validator(spec)


def _excerpt(text: str) -> str:
    # jsonschema quotes the whole offending value; a 51-id list would drown the message.
    return excerpt(text, 300)


def _describe(error: BaseException) -> str:
    """One line: which part is wrong, then the JSON Schema messages when openapi-core has them."""
    cause: Any = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    if not schema_errors:
        text = str(error)
        if cause is not None and str(cause) not in text:
            text = f"{text}: {cause}"
        return _excerpt(text)
    # Parameter errors name the parameter ("Invalid query parameter: sort"); others their kind.
    head = str(error) if hasattr(error, "location") else type(error).__name__
    details = "; ".join(
        _excerpt(str(getattr(e, "message", e)))
        + (
            f" (at {'/'.join(map(str, e.absolute_path))})"
            if getattr(e, "absolute_path", None)
            else ""
        )
        for e in schema_errors
    )
    return f"{head}: {details}"
