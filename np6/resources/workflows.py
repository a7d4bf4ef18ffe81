"""Workflow: `client.workflows`, scripted workflows with their nodes, capping and tasks."""

from __future__ import annotations

from np6_api.api.workflow import (
    create_workflow,
    delete_workflow,
    duplicate_workflow,
    execute_workflow,
    list_workflow_capping,
    list_workflow_listeners,
    list_workflow_nodes,
    list_workflow_tasks,
    patch_workflow,
    update_workflow,
    update_workflow_capping,
    update_workflow_nodes,
)

from .._operation import C, Operation, Resource


class Workflows(Resource[C]):
    """Workflows."""

    create = Operation(create_workflow)
    update = Operation(update_workflow)
    patch = Operation(patch_workflow)
    delete = Operation(delete_workflow)
    duplicate = Operation(duplicate_workflow)
    execute = Operation(execute_workflow)
    nodes = Operation(list_workflow_nodes)
    update_nodes = Operation(update_workflow_nodes)
    capping = Operation(list_workflow_capping)
    update_capping = Operation(update_workflow_capping)
    tasks = Operation(list_workflow_tasks)
    listeners = Operation(list_workflow_listeners)
