"""`client.categories`: api.category.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.category import (
        create_category,
        delete_category,
        get_category,
        list_categories,
        update_category,
    )
else:  # imported on first call
    create_category = "np6_api.api.category.create_category"
    delete_category = "np6_api.api.category.delete_category"
    get_category = "np6_api.api.category.get_category"
    list_categories = "np6_api.api.category.list_categories"
    update_category = "np6_api.api.category.update_category"


class Categories(Resource[C]):
    """api.category"""

    create = Operation(
        create_category,
        "categories.create",
        "Create a category.",
    )
    delete = Operation(
        delete_category,
        "categories.delete",
        "Delete a category.",
    )
    get = Operation(
        get_category,
        "categories.get",
        "Retrieve a category.",
    )
    list = Operation(
        list_categories,
        "categories.list",
        "Retrieve all categories.",
    )
    update = Operation(
        update_category,
        "categories.update",
        "Update a category.",
    )
