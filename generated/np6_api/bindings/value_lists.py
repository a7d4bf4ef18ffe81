"""`client.value_lists`: api.enumeration.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.enumeration import (
        create_value_list,
        get_value_list,
        list_value_lists,
        update_value_list,
    )
else:  # imported on first call
    create_value_list = "np6_api.api.enumeration.create_value_list"
    get_value_list = "np6_api.api.enumeration.get_value_list"
    list_value_lists = "np6_api.api.enumeration.list_value_lists"
    update_value_list = "np6_api.api.enumeration.update_value_list"


class ValueLists(Resource[C]):
    """api.enumeration"""

    create = Operation(
        create_value_list,
        "value_lists.create",
        "Create a value list.\n\nValues of a value list are not case sensitive.",
    )
    get = Operation(
        get_value_list,
        "value_lists.get",
        "Retrieve a value list.",
    )
    list = Operation(
        list_value_lists,
        "value_lists.list",
        "List the value lists.",
    )
    update = Operation(
        update_value_list,
        "value_lists.update",
        "Update a value list.\n\nValues of a value list are not case sensitive.",
    )
