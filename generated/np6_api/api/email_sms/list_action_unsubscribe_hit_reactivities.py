import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.hit_event import HitEvent
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, tolerant


def _get_kwargs(
    id: str,
    *,
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_activation_start: str | Unset = UNSET
    if not isinstance(activation_start, Unset):
        json_activation_start = activation_start.isoformat()
    params["activationStart"] = json_activation_start

    json_activation_end: str | Unset = UNSET
    if not isinstance(activation_end, Unset):
        json_activation_end = activation_end.isoformat()
    params["activationEnd"] = json_activation_end

    json_reactivity_start: str | Unset = UNSET
    if not isinstance(reactivity_start, Unset):
        json_reactivity_start = reactivity_start.isoformat()
    params["reactivityStart"] = json_reactivity_start

    json_reactivity_end: str | Unset = UNSET
    if not isinstance(reactivity_end, Unset):
        json_reactivity_end = reactivity_end.isoformat()
    params["reactivityEnd"] = json_reactivity_end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/actions/{id}/reactivities/hits/unsubscribe".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[HitEvent]:
    """Any 2xx answer, parsed with the documented success schema (unknown enum values kept)."""
    with tolerant():
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = HitEvent.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[HitEvent] | None:
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
) -> Response[Error | list[HitEvent]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Response[Error | list[HitEvent]]:
    """Retrieve unsubscription "hit" reactivities of the specified action

     Summary/path pairing inferred from the sidebar order.

    Args:
        id (str):
        activation_start (datetime.datetime | Unset):
        activation_end (datetime.datetime | Unset):
        reactivity_start (datetime.datetime | Unset):
        reactivity_end (datetime.datetime | Unset):
        sort (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[HitEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        activation_start=activation_start,
        activation_end=activation_end,
        reactivity_start=reactivity_start,
        reactivity_end=reactivity_end,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Error | list[HitEvent] | None:
    """Retrieve unsubscription "hit" reactivities of the specified action

     Summary/path pairing inferred from the sidebar order.

    Args:
        id (str):
        activation_start (datetime.datetime | Unset):
        activation_end (datetime.datetime | Unset):
        reactivity_start (datetime.datetime | Unset):
        reactivity_end (datetime.datetime | Unset):
        sort (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[HitEvent]
    """

    return sync_detailed(
        id=id,
        client=client,
        activation_start=activation_start,
        activation_end=activation_end,
        reactivity_start=reactivity_start,
        reactivity_end=reactivity_end,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Response[Error | list[HitEvent]]:
    """Retrieve unsubscription "hit" reactivities of the specified action

     Summary/path pairing inferred from the sidebar order.

    Args:
        id (str):
        activation_start (datetime.datetime | Unset):
        activation_end (datetime.datetime | Unset):
        reactivity_start (datetime.datetime | Unset):
        reactivity_end (datetime.datetime | Unset):
        sort (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[HitEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        activation_start=activation_start,
        activation_end=activation_end,
        reactivity_start=reactivity_start,
        reactivity_end=reactivity_end,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    activation_start: datetime.datetime | Unset = UNSET,
    activation_end: datetime.datetime | Unset = UNSET,
    reactivity_start: datetime.datetime | Unset = UNSET,
    reactivity_end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Error | list[HitEvent] | None:
    """Retrieve unsubscription "hit" reactivities of the specified action

     Summary/path pairing inferred from the sidebar order.

    Args:
        id (str):
        activation_start (datetime.datetime | Unset):
        activation_end (datetime.datetime | Unset):
        reactivity_start (datetime.datetime | Unset):
        reactivity_end (datetime.datetime | Unset):
        sort (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[HitEvent]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            activation_start=activation_start,
            activation_end=activation_end,
            reactivity_start=reactivity_start,
            reactivity_end=reactivity_end,
            sort=sort,
        )
    ).parsed
