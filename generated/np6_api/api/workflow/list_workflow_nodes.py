from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.workflow_node_conditionaltimeslots import (
    WorkflowNodeConditionaltimeslots,
)
from ...models.workflow_node_data_explorer_v2_match import (
    WorkflowNodeDataExplorerV2Match,
)
from ...models.workflow_node_data_manager_pipeline import (
    WorkflowNodeDataManagerPipeline,
)
from ...models.workflow_node_data_table_pipeline import WorkflowNodeDataTablePipeline
from ...models.workflow_node_if import WorkflowNodeIf
from ...models.workflow_node_match import WorkflowNodeMatch
from ...models.workflow_node_multipleslots import WorkflowNodeMultipleslots
from ...models.workflow_node_np_6_notification_execution import (
    WorkflowNodeNp6NotificationExecution,
)
from ...models.workflow_node_publish import WorkflowNodePublish
from ...models.workflow_node_request import WorkflowNodeRequest
from ...models.workflow_node_sample import WorkflowNodeSample
from ...models.workflow_node_script import WorkflowNodeScript
from ...models.workflow_node_send_mail import WorkflowNodeSendMail
from ...models.workflow_node_send_sms import WorkflowNodeSendSms
from ...models.workflow_node_sendpushapp import WorkflowNodeSendpushapp
from ...models.workflow_node_sleep import WorkflowNodeSleep
from ...models.workflow_node_sms import WorkflowNodeSms
from ...models.workflow_node_split import WorkflowNodeSplit
from ...models.workflow_node_switch import WorkflowNodeSwitch
from ...models.workflow_node_terminal import WorkflowNodeTerminal
from ...models.workflow_node_update_target import WorkflowNodeUpdateTarget
from ...models.workflow_node_wait import WorkflowNodeWait
from ...models.workflow_node_wait_all import WorkflowNodeWaitAll
from ...models.workflow_node_wait_kill import WorkflowNodeWaitKill
from ...models.workflow_node_wait_race import WorkflowNodeWaitRace
from ...types import Response, parse_union, tolerant, union_error


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scripting/workflows/{id}/nodes".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_success(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> list[
    WorkflowNodeConditionaltimeslots
    | WorkflowNodeDataExplorerV2Match
    | WorkflowNodeDataManagerPipeline
    | WorkflowNodeDataTablePipeline
    | WorkflowNodeIf
    | WorkflowNodeMatch
    | WorkflowNodeMultipleslots
    | WorkflowNodeNp6NotificationExecution
    | WorkflowNodePublish
    | WorkflowNodeRequest
    | WorkflowNodeSample
    | WorkflowNodeScript
    | WorkflowNodeSendMail
    | WorkflowNodeSendpushapp
    | WorkflowNodeSendSms
    | WorkflowNodeSleep
    | WorkflowNodeSms
    | WorkflowNodeSplit
    | WorkflowNodeSwitch
    | WorkflowNodeTerminal
    | WorkflowNodeUpdateTarget
    | WorkflowNodeWait
    | WorkflowNodeWaitAll
    | WorkflowNodeWaitKill
    | WorkflowNodeWaitRace
]:
    """Any 2xx answer, parsed with the documented success schema (unknown enum values kept)."""
    with tolerant():
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:

            def _parse_response_200_item(
                data: object,
            ) -> (
                WorkflowNodeConditionaltimeslots
                | WorkflowNodeDataExplorerV2Match
                | WorkflowNodeDataManagerPipeline
                | WorkflowNodeDataTablePipeline
                | WorkflowNodeIf
                | WorkflowNodeMatch
                | WorkflowNodeMultipleslots
                | WorkflowNodeNp6NotificationExecution
                | WorkflowNodePublish
                | WorkflowNodeRequest
                | WorkflowNodeSample
                | WorkflowNodeScript
                | WorkflowNodeSendMail
                | WorkflowNodeSendpushapp
                | WorkflowNodeSendSms
                | WorkflowNodeSleep
                | WorkflowNodeSms
                | WorkflowNodeSplit
                | WorkflowNodeSwitch
                | WorkflowNodeTerminal
                | WorkflowNodeUpdateTarget
                | WorkflowNodeWait
                | WorkflowNodeWaitAll
                | WorkflowNodeWaitKill
                | WorkflowNodeWaitRace
            ):
                errors: list[Exception] = []
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_0 = (
                        WorkflowNodePublish.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_0
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_1 = (
                        WorkflowNodeRequest.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_1
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_2 = (
                        WorkflowNodeScript.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_2
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_3 = (
                        WorkflowNodeSendMail.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_3
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_4 = (
                        WorkflowNodeSendSms.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_4
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_5 = WorkflowNodeSms.from_dict(
                        data
                    )

                    return componentsschemas_workflow_node_type_5
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_6 = (
                        WorkflowNodeSleep.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_6
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_7 = WorkflowNodeWait.from_dict(
                        data
                    )

                    return componentsschemas_workflow_node_type_7
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_8 = (
                        WorkflowNodeWaitKill.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_8
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_9 = (
                        WorkflowNodeUpdateTarget.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_9
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_10 = (
                        WorkflowNodeMultipleslots.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_10
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_11 = (
                        WorkflowNodeSendpushapp.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_11
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_12 = (
                        WorkflowNodeDataManagerPipeline.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_12
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_13 = (
                        WorkflowNodeDataTablePipeline.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_13
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_14 = (
                        WorkflowNodeNp6NotificationExecution.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_14
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_15 = WorkflowNodeIf.from_dict(
                        data
                    )

                    return componentsschemas_workflow_node_type_15
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_16 = (
                        WorkflowNodeMatch.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_16
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_17 = (
                        WorkflowNodeSample.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_17
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_18 = (
                        WorkflowNodeSplit.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_18
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_19 = (
                        WorkflowNodeSwitch.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_19
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_20 = (
                        WorkflowNodeWaitRace.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_20
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_21 = (
                        WorkflowNodeWaitAll.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_21
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_22 = (
                        WorkflowNodeConditionaltimeslots.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_22
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_23 = (
                        WorkflowNodeDataExplorerV2Match.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_23
                except (TypeError, ValueError, AttributeError, KeyError) as error:
                    errors.append(error)
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_workflow_node_type_24 = (
                        WorkflowNodeTerminal.from_dict(data)
                    )

                    return componentsschemas_workflow_node_type_24
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
        WorkflowNodeConditionaltimeslots
        | WorkflowNodeDataExplorerV2Match
        | WorkflowNodeDataManagerPipeline
        | WorkflowNodeDataTablePipeline
        | WorkflowNodeIf
        | WorkflowNodeMatch
        | WorkflowNodeMultipleslots
        | WorkflowNodeNp6NotificationExecution
        | WorkflowNodePublish
        | WorkflowNodeRequest
        | WorkflowNodeSample
        | WorkflowNodeScript
        | WorkflowNodeSendMail
        | WorkflowNodeSendpushapp
        | WorkflowNodeSendSms
        | WorkflowNodeSleep
        | WorkflowNodeSms
        | WorkflowNodeSplit
        | WorkflowNodeSwitch
        | WorkflowNodeTerminal
        | WorkflowNodeUpdateTarget
        | WorkflowNodeWait
        | WorkflowNodeWaitAll
        | WorkflowNodeWaitKill
        | WorkflowNodeWaitRace
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
        WorkflowNodeConditionaltimeslots
        | WorkflowNodeDataExplorerV2Match
        | WorkflowNodeDataManagerPipeline
        | WorkflowNodeDataTablePipeline
        | WorkflowNodeIf
        | WorkflowNodeMatch
        | WorkflowNodeMultipleslots
        | WorkflowNodeNp6NotificationExecution
        | WorkflowNodePublish
        | WorkflowNodeRequest
        | WorkflowNodeSample
        | WorkflowNodeScript
        | WorkflowNodeSendMail
        | WorkflowNodeSendpushapp
        | WorkflowNodeSendSms
        | WorkflowNodeSleep
        | WorkflowNodeSms
        | WorkflowNodeSplit
        | WorkflowNodeSwitch
        | WorkflowNodeTerminal
        | WorkflowNodeUpdateTarget
        | WorkflowNodeWait
        | WorkflowNodeWaitAll
        | WorkflowNodeWaitKill
        | WorkflowNodeWaitRace
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
) -> Response[
    Error
    | list[
        WorkflowNodeConditionaltimeslots
        | WorkflowNodeDataExplorerV2Match
        | WorkflowNodeDataManagerPipeline
        | WorkflowNodeDataTablePipeline
        | WorkflowNodeIf
        | WorkflowNodeMatch
        | WorkflowNodeMultipleslots
        | WorkflowNodeNp6NotificationExecution
        | WorkflowNodePublish
        | WorkflowNodeRequest
        | WorkflowNodeSample
        | WorkflowNodeScript
        | WorkflowNodeSendMail
        | WorkflowNodeSendpushapp
        | WorkflowNodeSendSms
        | WorkflowNodeSleep
        | WorkflowNodeSms
        | WorkflowNodeSplit
        | WorkflowNodeSwitch
        | WorkflowNodeTerminal
        | WorkflowNodeUpdateTarget
        | WorkflowNodeWait
        | WorkflowNodeWaitAll
        | WorkflowNodeWaitKill
        | WorkflowNodeWaitRace
    ]
]:
    """Retrieve nodes of the specified workflow

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[WorkflowNodeConditionaltimeslots | WorkflowNodeDataExplorerV2Match | WorkflowNodeDataManagerPipeline | WorkflowNodeDataTablePipeline | WorkflowNodeIf | WorkflowNodeMatch | WorkflowNodeMultipleslots | WorkflowNodeNp6NotificationExecution | WorkflowNodePublish | WorkflowNodeRequest | WorkflowNodeSample | WorkflowNodeScript | WorkflowNodeSendMail | WorkflowNodeSendpushapp | WorkflowNodeSendSms | WorkflowNodeSleep | WorkflowNodeSms | WorkflowNodeSplit | WorkflowNodeSwitch | WorkflowNodeTerminal | WorkflowNodeUpdateTarget | WorkflowNodeWait | WorkflowNodeWaitAll | WorkflowNodeWaitKill | WorkflowNodeWaitRace]]
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
) -> (
    Error
    | list[
        WorkflowNodeConditionaltimeslots
        | WorkflowNodeDataExplorerV2Match
        | WorkflowNodeDataManagerPipeline
        | WorkflowNodeDataTablePipeline
        | WorkflowNodeIf
        | WorkflowNodeMatch
        | WorkflowNodeMultipleslots
        | WorkflowNodeNp6NotificationExecution
        | WorkflowNodePublish
        | WorkflowNodeRequest
        | WorkflowNodeSample
        | WorkflowNodeScript
        | WorkflowNodeSendMail
        | WorkflowNodeSendpushapp
        | WorkflowNodeSendSms
        | WorkflowNodeSleep
        | WorkflowNodeSms
        | WorkflowNodeSplit
        | WorkflowNodeSwitch
        | WorkflowNodeTerminal
        | WorkflowNodeUpdateTarget
        | WorkflowNodeWait
        | WorkflowNodeWaitAll
        | WorkflowNodeWaitKill
        | WorkflowNodeWaitRace
    ]
    | None
):
    """Retrieve nodes of the specified workflow

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[WorkflowNodeConditionaltimeslots | WorkflowNodeDataExplorerV2Match | WorkflowNodeDataManagerPipeline | WorkflowNodeDataTablePipeline | WorkflowNodeIf | WorkflowNodeMatch | WorkflowNodeMultipleslots | WorkflowNodeNp6NotificationExecution | WorkflowNodePublish | WorkflowNodeRequest | WorkflowNodeSample | WorkflowNodeScript | WorkflowNodeSendMail | WorkflowNodeSendpushapp | WorkflowNodeSendSms | WorkflowNodeSleep | WorkflowNodeSms | WorkflowNodeSplit | WorkflowNodeSwitch | WorkflowNodeTerminal | WorkflowNodeUpdateTarget | WorkflowNodeWait | WorkflowNodeWaitAll | WorkflowNodeWaitKill | WorkflowNodeWaitRace]
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Error
    | list[
        WorkflowNodeConditionaltimeslots
        | WorkflowNodeDataExplorerV2Match
        | WorkflowNodeDataManagerPipeline
        | WorkflowNodeDataTablePipeline
        | WorkflowNodeIf
        | WorkflowNodeMatch
        | WorkflowNodeMultipleslots
        | WorkflowNodeNp6NotificationExecution
        | WorkflowNodePublish
        | WorkflowNodeRequest
        | WorkflowNodeSample
        | WorkflowNodeScript
        | WorkflowNodeSendMail
        | WorkflowNodeSendpushapp
        | WorkflowNodeSendSms
        | WorkflowNodeSleep
        | WorkflowNodeSms
        | WorkflowNodeSplit
        | WorkflowNodeSwitch
        | WorkflowNodeTerminal
        | WorkflowNodeUpdateTarget
        | WorkflowNodeWait
        | WorkflowNodeWaitAll
        | WorkflowNodeWaitKill
        | WorkflowNodeWaitRace
    ]
]:
    """Retrieve nodes of the specified workflow

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[WorkflowNodeConditionaltimeslots | WorkflowNodeDataExplorerV2Match | WorkflowNodeDataManagerPipeline | WorkflowNodeDataTablePipeline | WorkflowNodeIf | WorkflowNodeMatch | WorkflowNodeMultipleslots | WorkflowNodeNp6NotificationExecution | WorkflowNodePublish | WorkflowNodeRequest | WorkflowNodeSample | WorkflowNodeScript | WorkflowNodeSendMail | WorkflowNodeSendpushapp | WorkflowNodeSendSms | WorkflowNodeSleep | WorkflowNodeSms | WorkflowNodeSplit | WorkflowNodeSwitch | WorkflowNodeTerminal | WorkflowNodeUpdateTarget | WorkflowNodeWait | WorkflowNodeWaitAll | WorkflowNodeWaitKill | WorkflowNodeWaitRace]]
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
) -> (
    Error
    | list[
        WorkflowNodeConditionaltimeslots
        | WorkflowNodeDataExplorerV2Match
        | WorkflowNodeDataManagerPipeline
        | WorkflowNodeDataTablePipeline
        | WorkflowNodeIf
        | WorkflowNodeMatch
        | WorkflowNodeMultipleslots
        | WorkflowNodeNp6NotificationExecution
        | WorkflowNodePublish
        | WorkflowNodeRequest
        | WorkflowNodeSample
        | WorkflowNodeScript
        | WorkflowNodeSendMail
        | WorkflowNodeSendpushapp
        | WorkflowNodeSendSms
        | WorkflowNodeSleep
        | WorkflowNodeSms
        | WorkflowNodeSplit
        | WorkflowNodeSwitch
        | WorkflowNodeTerminal
        | WorkflowNodeUpdateTarget
        | WorkflowNodeWait
        | WorkflowNodeWaitAll
        | WorkflowNodeWaitKill
        | WorkflowNodeWaitRace
    ]
    | None
):
    """Retrieve nodes of the specified workflow

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[WorkflowNodeConditionaltimeslots | WorkflowNodeDataExplorerV2Match | WorkflowNodeDataManagerPipeline | WorkflowNodeDataTablePipeline | WorkflowNodeIf | WorkflowNodeMatch | WorkflowNodeMultipleslots | WorkflowNodeNp6NotificationExecution | WorkflowNodePublish | WorkflowNodeRequest | WorkflowNodeSample | WorkflowNodeScript | WorkflowNodeSendMail | WorkflowNodeSendpushapp | WorkflowNodeSendSms | WorkflowNodeSleep | WorkflowNodeSms | WorkflowNodeSplit | WorkflowNodeSwitch | WorkflowNodeTerminal | WorkflowNodeUpdateTarget | WorkflowNodeWait | WorkflowNodeWaitAll | WorkflowNodeWaitKill | WorkflowNodeWaitRace]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
