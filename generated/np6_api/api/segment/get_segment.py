from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dynamic_segment_response import DynamicSegmentResponse
from ...models.error import Error
from ...models.static_segment_response import StaticSegmentResponse
from ...types import Response, parse_union, tolerant, union_error


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/segments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

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
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DynamicSegmentResponse | StaticSegmentResponse | Error]:
    """Retrieve a segment

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DynamicSegmentResponse | StaticSegmentResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DynamicSegmentResponse | StaticSegmentResponse | Error | None:
    """Retrieve a segment

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DynamicSegmentResponse | StaticSegmentResponse | Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DynamicSegmentResponse | StaticSegmentResponse | Error]:
    """Retrieve a segment

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DynamicSegmentResponse | StaticSegmentResponse | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> DynamicSegmentResponse | StaticSegmentResponse | Error | None:
    """Retrieve a segment

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DynamicSegmentResponse | StaticSegmentResponse | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
