"""Field and Enumeration: `client.fields` and `client.value_lists`, the account's data model."""

from __future__ import annotations

from np6_api.api.enumeration import (
    create_value_list,
    get_value_list,
    list_value_lists,
    update_value_list,
)
from np6_api.api.field import create_field, list_fields

from .._operation import C, Operation, Resource


class Fields(Resource[C]):
    """The fields of targets (contact attributes)."""

    list = Operation(list_fields)
    create = Operation(create_field)


class ValueLists(Resource[C]):
    """Value lists (enumerations) that constrain fields."""

    list = Operation(list_value_lists)
    get = Operation(get_value_list)
    create = Operation(create_value_list)
    update = Operation(update_value_list)
