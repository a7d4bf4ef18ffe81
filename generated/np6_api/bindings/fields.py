"""`client.fields`: api.field.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.field import (
        create_field,
        delete_field,
        get_field,
        list_fields,
        update_field,
    )
else:  # imported on first call
    create_field = "np6_api.api.field.create_field"
    delete_field = "np6_api.api.field.delete_field"
    get_field = "np6_api.api.field.get_field"
    list_fields = "np6_api.api.field.list_fields"
    update_field = "np6_api.api.field.update_field"


class Fields(Resource[C]):
    """api.field"""

    create = Operation(
        create_field,
        "fields.create",
        "Create a field.",
    )
    delete = Operation(
        delete_field,
        "fields.delete",
        "Delete a field.",
    )
    get = Operation(
        get_field,
        "fields.get",
        "Retrieve a field.",
    )
    list = Operation(
        list_fields,
        "fields.list",
        "List the fields of the account.",
    )
    update = Operation(
        update_field,
        "fields.update",
        "Update a field.",
    )
