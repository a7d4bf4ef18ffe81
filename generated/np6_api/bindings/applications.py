"""`client.applications`: api.mobile_application.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.mobile_application import (
        create_application,
        get_application,
        list_applications,
    )
else:  # imported on first call
    create_application = "np6_api.api.mobile_application.create_application"
    get_application = "np6_api.api.mobile_application.get_application"
    list_applications = "np6_api.api.mobile_application.list_applications"


class Applications(Resource[C]):
    """api.mobile_application"""

    create = Operation(
        create_application,
        "applications.create",
        "Create a mobile application.",
    )
    get = Operation(
        get_application,
        "applications.get",
        "Retrieve a mobile application.",
    )
    list = Operation(
        list_applications,
        "applications.list",
        "List the mobile applications.",
    )
