"""`client.workflows`: api.workflow.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.workflow import (
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
else:  # imported on first call
    create_workflow = "np6_api.api.workflow.create_workflow"
    delete_workflow = "np6_api.api.workflow.delete_workflow"
    duplicate_workflow = "np6_api.api.workflow.duplicate_workflow"
    execute_workflow = "np6_api.api.workflow.execute_workflow"
    list_workflow_capping = "np6_api.api.workflow.list_workflow_capping"
    list_workflow_listeners = "np6_api.api.workflow.list_workflow_listeners"
    list_workflow_nodes = "np6_api.api.workflow.list_workflow_nodes"
    list_workflow_tasks = "np6_api.api.workflow.list_workflow_tasks"
    patch_workflow = "np6_api.api.workflow.patch_workflow"
    update_workflow = "np6_api.api.workflow.update_workflow"
    update_workflow_capping = "np6_api.api.workflow.update_workflow_capping"
    update_workflow_nodes = "np6_api.api.workflow.update_workflow_nodes"


class Workflows(Resource[C]):
    """api.workflow"""

    capping = Operation(
        list_workflow_capping,
        "workflows.capping",
        'Retrieve capping of the specified workflow.\n\nThe capping rules of a workflow. The reference titles this operation like the nodes one\n("Retrieve nodes ..."); its path and response are the capping ones.',
    )
    create = Operation(
        create_workflow,
        "workflows.create",
        "Create a workflow.\n\nCreates a workflow from its settings, listeners, capping rules, nodes and scheduler\ntasks. The summary is ours: the page (a flat copy) does not print the operation's title.",
    )
    delete = Operation(
        delete_workflow,
        "workflows.delete",
        "Delete a workflow.",
    )
    duplicate = Operation(
        duplicate_workflow,
        "workflows.duplicate",
        "Duplicate a workflow.",
    )
    execute = Operation(
        execute_workflow,
        "workflows.execute",
        "Execute the specified workflow.",
    )
    listeners = Operation(
        list_workflow_listeners,
        "workflows.listeners",
        "Retrieve listeners of the specified workflow.",
    )
    nodes = Operation(
        list_workflow_nodes,
        "workflows.nodes",
        "Retrieve nodes of the specified workflow.",
    )
    patch = Operation(
        patch_workflow,
        "workflows.patch",
        'Update a workflow (no request body).\n\nA second "Update a workflow" of the reference. Its example sends no body; what it\nchanges is not explained (perhaps the state). Returns the workflow.',
    )
    tasks = Operation(
        list_workflow_tasks,
        "workflows.tasks",
        "Retrieve scheduler tasks of the specified workflow.",
    )
    update = Operation(
        update_workflow,
        "workflows.update",
        "Update a workflow.\n\nReplaces a workflow with the given data. The summary is ours: the page (a flat copy)\ndoes not print the operation's title.",
    )
    update_capping = Operation(
        update_workflow_capping,
        "workflows.update_capping",
        "Update capping of the specified workflow.",
    )
    update_nodes = Operation(
        update_workflow_nodes,
        "workflows.update_nodes",
        "Update nodes of the specified workflow.",
    )
