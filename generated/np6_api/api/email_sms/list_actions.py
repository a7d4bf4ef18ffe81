import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_summary import ActionSummary
from ...models.error import Error
from ...types import UNSET, Response, Unset, tolerant


def _get_kwargs(
    *,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_creation_start: None | str | Unset
    if isinstance(creation_start, Unset):
        json_creation_start = UNSET
    elif isinstance(creation_start, datetime.datetime):
        json_creation_start = creation_start.isoformat()
    else:
        json_creation_start = creation_start
    params["creation_start"] = json_creation_start

    json_creation_end: None | str | Unset
    if isinstance(creation_end, Unset):
        json_creation_end = UNSET
    elif isinstance(creation_end, datetime.datetime):
        json_creation_end = creation_end.isoformat()
    else:
        json_creation_end = creation_end
    params["creation_end"] = json_creation_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions",
        "params": params,
    }

    return _kwargs


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[ActionSummary]:
    """Any 2xx answer, parsed with the documented success schema (unknown enum values kept)."""
    with tolerant():
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ActionSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[ActionSummary] | None:
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
) -> Response[Error | list[ActionSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> Response[Error | list[ActionSummary]]:
    """Retrieve all actions

     Lists the actions of the account, optionally filtered on their creation date. `creation_start` and
    `creation_end` accept an ISO date or a timestamp.

    Args:
        creation_start (datetime.datetime | None | Unset):
        creation_end (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ActionSummary]]
    """

    kwargs = _get_kwargs(
        creation_start=creation_start,
        creation_end=creation_end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> Error | list[ActionSummary] | None:
    """Retrieve all actions

     Lists the actions of the account, optionally filtered on their creation date. `creation_start` and
    `creation_end` accept an ISO date or a timestamp.

    Args:
        creation_start (datetime.datetime | None | Unset):
        creation_end (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ActionSummary]
    """

    return sync_detailed(
        client=client,
        creation_start=creation_start,
        creation_end=creation_end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> Response[Error | list[ActionSummary]]:
    """Retrieve all actions

     Lists the actions of the account, optionally filtered on their creation date. `creation_start` and
    `creation_end` accept an ISO date or a timestamp.

    Args:
        creation_start (datetime.datetime | None | Unset):
        creation_end (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[ActionSummary]]
    """

    kwargs = _get_kwargs(
        creation_start=creation_start,
        creation_end=creation_end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    creation_start: datetime.datetime | None | Unset = UNSET,
    creation_end: datetime.datetime | None | Unset = UNSET,
) -> Error | list[ActionSummary] | None:
    """Retrieve all actions

     Lists the actions of the account, optionally filtered on their creation date. `creation_start` and
    `creation_end` accept an ISO date or a timestamp.

    Args:
        creation_start (datetime.datetime | None | Unset):
        creation_end (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[ActionSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            creation_start=creation_start,
            creation_end=creation_end,
        )
    ).parsed
