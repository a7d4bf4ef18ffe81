"""Checking traffic against the spec with openapi-core.

The fake hands openapi-core small adapter objects instead of httpx ones, so the same check serves
the in-process transport and the socket server. The router has already matched the spec path, so
the adapters carry `path_pattern` and the path parameters: openapi-core skips its own path search.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from openapi_core.exceptions import OpenAPIError

from ._http import SpecViolation
from ._spec import HTTP_METHODS, Spec

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

    config = Config(
        spec_validator_cls=None,
        extra_media_type_deserializers=dict.fromkeys(spec.json_media_types, json_loads),
    )
    document = _single_type_parameters(spec.document)
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


class Validator:
    """Request and response checks for one spec."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.openapi = _openapi(spec)

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
        try:
            self.openapi.validate_request(request)
        except OpenAPIError as exc:
            raise SpecViolation(_describe(exc)) from None

    def response(
        self, method: str, path_pattern: str, status: int, headers: Mapping[str, str], body: bytes
    ) -> None:
        """Raise SpecViolation saying what in the response breaks the spec of that operation."""
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
        try:
            self.openapi.validate_response(request, _Response(status, headers, body))
        except OpenAPIError as exc:
            raise SpecViolation(_describe(exc)) from None


def _describe(error: BaseException) -> str:
    """One line: which part is wrong, then the JSON Schema messages when openapi-core has them."""
    cause: Any = error.__cause__
    schema_errors = getattr(cause, "schema_errors", None) or getattr(error, "schema_errors", None)
    if not schema_errors:
        text = str(error)
        if cause is not None and str(cause) not in text:
            text = f"{text}: {cause}"
        return _short(text)
    # Parameter errors name the parameter ("Invalid query parameter: sort"); others their kind.
    head = str(error) if hasattr(error, "location") else type(error).__name__
    details = "; ".join(
        _short(str(getattr(e, "message", e)))
        + (
            f" (at {'/'.join(map(str, e.absolute_path))})"
            if getattr(e, "absolute_path", None)
            else ""
        )
        for e in schema_errors
    )
    return f"{head}: {details}"


def _short(text: str, limit: int = 300) -> str:
    # jsonschema quotes the whole offending value; a 51-id list would drown the message.
    return text if len(text) <= limit else text[: limit - 1] + "…"
