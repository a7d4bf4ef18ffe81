import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.notification_activation_event import NotificationActivationEvent
from ...models.notification_bounce_event import NotificationBounceEvent
from ...models.notification_cancellation_event import NotificationCancellationEvent
from ...models.notification_complaint_event import NotificationComplaintEvent
from ...models.notification_creation_event import NotificationCreationEvent
from ...models.notification_execution_event import NotificationExecutionEvent
from ...models.notification_hit_event import NotificationHitEvent
from ...models.notification_impression_event import NotificationImpressionEvent
from ...models.notification_modification_event import NotificationModificationEvent
from ...models.notification_optout_event import NotificationOptoutEvent
from ...models.notification_reply_event import NotificationReplyEvent
from ...models.notification_suppression_event import NotificationSuppressionEvent
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset, parse_union, tolerant, union_error


def _get_kwargs(
    id: int,
    *,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/notifications/{id}/events/cancellations".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[
    NotificationActivationEvent
    | NotificationBounceEvent
    | NotificationCancellationEvent
    | NotificationComplaintEvent
    | NotificationCreationEvent
    | NotificationExecutionEvent
    | NotificationHitEvent
    | NotificationImpressionEvent
    | NotificationModificationEvent
    | NotificationOptoutEvent
    | NotificationReplyEvent
    | NotificationSuppressionEvent
]:
    """Any 2xx answer, parsed with the documented success schema (unknown enum values kept)."""
    with tolerant():
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> (
                NotificationActivationEvent
                | NotificationBounceEvent
                | NotificationCancellationEvent
                | NotificationComplaintEvent
                | NotificationCreationEvent
                | NotificationExecutionEvent
                | NotificationHitEvent
                | NotificationImpressionEvent
                | NotificationModificationEvent
                | NotificationOptoutEvent
                | NotificationReplyEvent
                | NotificationSuppressionEvent
            ):
                errors: list[Exception] = []
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_0 = (
                        NotificationExecutionEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_1 = (
                        NotificationCancellationEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_1
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_2 = (
                        NotificationActivationEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_2
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_3 = (
                        NotificationBounceEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_3
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_4 = (
                        NotificationHitEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_4
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_5 = (
                        NotificationCreationEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_5
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_6 = (
                        NotificationModificationEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_6
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_7 = (
                        NotificationImpressionEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_7
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_8 = (
                        NotificationSuppressionEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_8
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_9 = (
                        NotificationOptoutEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_9
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_10 = (
                        NotificationReplyEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_10
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_notification_event_type_11 = (
                        NotificationComplaintEvent.from_dict(data)
                    )

                    return componentsschemas_notification_event_type_11
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                raise union_error(errors)

            response_200_item = parse_union(
                _parse_response_200_item, response_200_item_data
            )

            response_200.append(response_200_item)

        return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error
    | list[
        NotificationActivationEvent
        | NotificationBounceEvent
        | NotificationCancellationEvent
        | NotificationComplaintEvent
        | NotificationCreationEvent
        | NotificationExecutionEvent
        | NotificationHitEvent
        | NotificationImpressionEvent
        | NotificationModificationEvent
        | NotificationOptoutEvent
        | NotificationReplyEvent
        | NotificationSuppressionEvent
    ]
    | None
):
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
) -> Response[
    Error
    | list[
        NotificationActivationEvent
        | NotificationBounceEvent
        | NotificationCancellationEvent
        | NotificationComplaintEvent
        | NotificationCreationEvent
        | NotificationExecutionEvent
        | NotificationHitEvent
        | NotificationImpressionEvent
        | NotificationModificationEvent
        | NotificationOptoutEvent
        | NotificationReplyEvent
        | NotificationSuppressionEvent
    ]
]:
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
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Response[
    Error
    | list[
        NotificationActivationEvent
        | NotificationBounceEvent
        | NotificationCancellationEvent
        | NotificationComplaintEvent
        | NotificationCreationEvent
        | NotificationExecutionEvent
        | NotificationHitEvent
        | NotificationImpressionEvent
        | NotificationModificationEvent
        | NotificationOptoutEvent
        | NotificationReplyEvent
        | NotificationSuppressionEvent
    ]
]:
    """Retrieve cancellations of the specified notification

    Args:
        id (int):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        sort (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[NotificationActivationEvent | NotificationBounceEvent | NotificationCancellationEvent | NotificationComplaintEvent | NotificationCreationEvent | NotificationExecutionEvent | NotificationHitEvent | NotificationImpressionEvent | NotificationModificationEvent | NotificationOptoutEvent | NotificationReplyEvent | NotificationSuppressionEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        start=start,
        end=end,
        sort=sort,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> (
    Error
    | list[
        NotificationActivationEvent
        | NotificationBounceEvent
        | NotificationCancellationEvent
        | NotificationComplaintEvent
        | NotificationCreationEvent
        | NotificationExecutionEvent
        | NotificationHitEvent
        | NotificationImpressionEvent
        | NotificationModificationEvent
        | NotificationOptoutEvent
        | NotificationReplyEvent
        | NotificationSuppressionEvent
    ]
    | None
):
    """Retrieve cancellations of the specified notification

    Args:
        id (int):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        sort (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[NotificationActivationEvent | NotificationBounceEvent | NotificationCancellationEvent | NotificationComplaintEvent | NotificationCreationEvent | NotificationExecutionEvent | NotificationHitEvent | NotificationImpressionEvent | NotificationModificationEvent | NotificationOptoutEvent | NotificationReplyEvent | NotificationSuppressionEvent]
    """

    return sync_detailed(
        id=id,
        client=client,
        start=start,
        end=end,
        sort=sort,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> Response[
    Error
    | list[
        NotificationActivationEvent
        | NotificationBounceEvent
        | NotificationCancellationEvent
        | NotificationComplaintEvent
        | NotificationCreationEvent
        | NotificationExecutionEvent
        | NotificationHitEvent
        | NotificationImpressionEvent
        | NotificationModificationEvent
        | NotificationOptoutEvent
        | NotificationReplyEvent
        | NotificationSuppressionEvent
    ]
]:
    """Retrieve cancellations of the specified notification

    Args:
        id (int):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        sort (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[NotificationActivationEvent | NotificationBounceEvent | NotificationCancellationEvent | NotificationComplaintEvent | NotificationCreationEvent | NotificationExecutionEvent | NotificationHitEvent | NotificationImpressionEvent | NotificationModificationEvent | NotificationOptoutEvent | NotificationReplyEvent | NotificationSuppressionEvent]]
    """

    kwargs = _get_kwargs(
        id=id,
        start=start,
        end=end,
        sort=sort,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    sort: SortOrder | Unset = UNSET,
) -> (
    Error
    | list[
        NotificationActivationEvent
        | NotificationBounceEvent
        | NotificationCancellationEvent
        | NotificationComplaintEvent
        | NotificationCreationEvent
        | NotificationExecutionEvent
        | NotificationHitEvent
        | NotificationImpressionEvent
        | NotificationModificationEvent
        | NotificationOptoutEvent
        | NotificationReplyEvent
        | NotificationSuppressionEvent
    ]
    | None
):
    """Retrieve cancellations of the specified notification

    Args:
        id (int):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        sort (SortOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[NotificationActivationEvent | NotificationBounceEvent | NotificationCancellationEvent | NotificationComplaintEvent | NotificationCreationEvent | NotificationExecutionEvent | NotificationHitEvent | NotificationImpressionEvent | NotificationModificationEvent | NotificationOptoutEvent | NotificationReplyEvent | NotificationSuppressionEvent]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            start=start,
            end=end,
            sort=sort,
        )
    ).parsed
