import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.hit_event import HitEvent
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, tolerant


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["unicity"] = unicity

    params["hash"] = hash_

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["classification"] = classification

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/targets/events/hits",
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
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> Response[Error | list[HitEvent]]:
    """Retrieve hit events of a contact by id, unicity or hash

     The reference documents this path three times, once per identifier. Exactly one of `id`, `unicity`
    or `hash` is required; the np6 facade enforces it. `start` and `end` accept an ISO date or a
    timestamp.

    Args:
        id (str | Unset):
        unicity (str | Unset):
        hash_ (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        sort (SortOrder | Unset):
        classification (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[HitEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        unicity=unicity,
        hash_=hash_,
        start=start,
        end=end,
        sort=sort,
        classification=classification,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> Error | list[HitEvent] | None:
    """Retrieve hit events of a contact by id, unicity or hash

     The reference documents this path three times, once per identifier. Exactly one of `id`, `unicity`
    or `hash` is required; the np6 facade enforces it. `start` and `end` accept an ISO date or a
    timestamp.

    Args:
        id (str | Unset):
        unicity (str | Unset):
        hash_ (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        sort (SortOrder | Unset):
        classification (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[HitEvent]
    """

    return sync_detailed(
        client=client,
        id=id,
        unicity=unicity,
        hash_=hash_,
        start=start,
        end=end,
        sort=sort,
        classification=classification,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> Response[Error | list[HitEvent]]:
    """Retrieve hit events of a contact by id, unicity or hash

     The reference documents this path three times, once per identifier. Exactly one of `id`, `unicity`
    or `hash` is required; the np6 facade enforces it. `start` and `end` accept an ISO date or a
    timestamp.

    Args:
        id (str | Unset):
        unicity (str | Unset):
        hash_ (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        sort (SortOrder | Unset):
        classification (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[HitEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        unicity=unicity,
        hash_=hash_,
        start=start,
        end=end,
        sort=sort,
        classification=classification,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    unicity: str | Unset = UNSET,
    hash_: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
    classification: str | Unset = UNSET,
) -> Error | list[HitEvent] | None:
    """Retrieve hit events of a contact by id, unicity or hash

     The reference documents this path three times, once per identifier. Exactly one of `id`, `unicity`
    or `hash` is required; the np6 facade enforces it. `start` and `end` accept an ISO date or a
    timestamp.

    Args:
        id (str | Unset):
        unicity (str | Unset):
        hash_ (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        sort (SortOrder | Unset):
        classification (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[HitEvent]
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            unicity=unicity,
            hash_=hash_,
            start=start,
            end=end,
            sort=sort,
            classification=classification,
        )
    ).parsed
