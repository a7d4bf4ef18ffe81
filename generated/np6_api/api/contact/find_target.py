from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.target import Target
from ...types import UNSET, Response, Unset, tolerant


def _get_kwargs(
    *,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["hash"] = hash_

    json_unicity: list[str] | Unset = UNSET
    if not isinstance(unicity, Unset):
        json_unicity = unicity

    params["unicity"] = json_unicity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Target:
    """Any 2xx answer, parsed with the documented success schema (unknown enum values kept)."""
    with tolerant():
        response_200 = Target.from_dict(response.json())

        return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Target | None:
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
) -> Response[Error | Target]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> Response[Error | Target]:
    """Retrieve a target by hash or unicity

     Looks a target up by its hash or by its unicity value(s). Experimental in the reference. The
    reference also documents a JSON array of strings as request body of this GET.

    Args:
        hash_ (str | Unset):
        unicity (list[str] | Unset):
        body (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Target]
    """

    kwargs = _get_kwargs(
        body=body,
        hash_=hash_,
        unicity=unicity,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> Error | Target | None:
    """Retrieve a target by hash or unicity

     Looks a target up by its hash or by its unicity value(s). Experimental in the reference. The
    reference also documents a JSON array of strings as request body of this GET.

    Args:
        hash_ (str | Unset):
        unicity (list[str] | Unset):
        body (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Target
    """

    return sync_detailed(
        client=client,
        body=body,
        hash_=hash_,
        unicity=unicity,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> Response[Error | Target]:
    """Retrieve a target by hash or unicity

     Looks a target up by its hash or by its unicity value(s). Experimental in the reference. The
    reference also documents a JSON array of strings as request body of this GET.

    Args:
        hash_ (str | Unset):
        unicity (list[str] | Unset):
        body (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Target]
    """

    kwargs = _get_kwargs(
        body=body,
        hash_=hash_,
        unicity=unicity,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[str] | Unset = UNSET,
    hash_: str | Unset = UNSET,
    unicity: list[str] | Unset = UNSET,
) -> Error | Target | None:
    """Retrieve a target by hash or unicity

     Looks a target up by its hash or by its unicity value(s). Experimental in the reference. The
    reference also documents a JSON array of strings as request body of this GET.

    Args:
        hash_ (str | Unset):
        unicity (list[str] | Unset):
        body (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Target
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            hash_=hash_,
            unicity=unicity,
        )
    ).parsed
