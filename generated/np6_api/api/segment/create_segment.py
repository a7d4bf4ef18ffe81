from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dynamic_segment import DynamicSegment
from ...models.dynamic_segment_response import DynamicSegmentResponse
from ...models.error import Error
from ...models.static_segment import StaticSegment
from ...models.static_segment_response import StaticSegmentResponse
from ...types import Response, parse_union, tolerant, union_error


def _get_kwargs(
    *,
    body: DynamicSegment | StaticSegment | Mapping[str, Any],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/segments",
    }

    if isinstance(body, Mapping):

        def _parse_body(data: object) -> DynamicSegment | StaticSegment:
            errors: list[Exception] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_segment_type_0 = StaticSegment.from_dict(data)

                return componentsschemas_segment_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                errors.append(error)
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_segment_type_1 = DynamicSegment.from_dict(data)

                return componentsschemas_segment_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                errors.append(error)
            raise union_error(errors)

        body = parse_union(_parse_body, dict(body))

    if isinstance(body, StaticSegment):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DynamicSegmentResponse | StaticSegmentResponse:
    """Any 2xx answer, parsed with the documented success schema (unknown enum values kept)."""
    with tolerant():

        def _parse_response_200(
            data: object,
        ) -> DynamicSegmentResponse | StaticSegmentResponse:
            errors: list[Exception] = []
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_segment_response_type_0 = (
                    StaticSegmentResponse.from_dict(data)
                )

                return componentsschemas_segment_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                errors.append(error)
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_segment_response_type_1 = (
                    DynamicSegmentResponse.from_dict(data)
                )

                return componentsschemas_segment_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                errors.append(error)
            raise union_error(errors)

        response_200 = parse_union(_parse_response_200, response.json())

        return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DynamicSegmentResponse | StaticSegmentResponse | Error | None:
    if response.is_success:
        return _parse_success(client=client, response=response)
    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DynamicSegmentResponse | StaticSegmentResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DynamicSegment | StaticSegment | Mapping[str, Any],
) -> Response[DynamicSegmentResponse | StaticSegmentResponse | Error]:
    """Create a segment

    Args:
        body (DynamicSegment | StaticSegment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DynamicSegmentResponse | StaticSegmentResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DynamicSegment | StaticSegment | Mapping[str, Any],
) -> DynamicSegmentResponse | StaticSegmentResponse | Error | None:
    """Create a segment

    Args:
        body (DynamicSegment | StaticSegment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DynamicSegmentResponse | StaticSegmentResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DynamicSegment | StaticSegment | Mapping[str, Any],
) -> Response[DynamicSegmentResponse | StaticSegmentResponse | Error]:
    """Create a segment

    Args:
        body (DynamicSegment | StaticSegment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DynamicSegmentResponse | StaticSegmentResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DynamicSegment | StaticSegment | Mapping[str, Any],
) -> DynamicSegmentResponse | StaticSegmentResponse | Error | None:
    """Create a segment

    Args:
        body (DynamicSegment | StaticSegment):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DynamicSegmentResponse | StaticSegmentResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
