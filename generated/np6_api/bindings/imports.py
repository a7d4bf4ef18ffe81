"""`client.imports`: api.import_.

Written by scripts/bindings.py from openapi/np6.yaml (`make generate`): do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from np6._operation import C, Operation, Resource

if TYPE_CHECKING:
    from ..api.import_ import (
        create_import,
        create_import_format,
        delete_import,
        get_import,
        get_import_execution,
        list_imports,
        start_import_execution,
        update_import,
        upload_import_source,
    )
else:  # imported on first call
    create_import = "np6_api.api.import_.create_import"
    create_import_format = "np6_api.api.import_.create_import_format"
    delete_import = "np6_api.api.import_.delete_import"
    get_import = "np6_api.api.import_.get_import"
    get_import_execution = "np6_api.api.import_.get_import_execution"
    list_imports = "np6_api.api.import_.list_imports"
    start_import_execution = "np6_api.api.import_.start_import_execution"
    update_import = "np6_api.api.import_.update_import"
    upload_import_source = "np6_api.api.import_.upload_import_source"


class Imports(Resource[C]):
    """api.import_"""

    create = Operation(
        create_import,
        "imports.create",
        "Create an import definition.",
    )
    create_format = Operation(
        create_import_format,
        "imports.create_format",
        'Create an import format.\n\nFrom NP6\'s example scripts: an import format (a "binding") describes the columns of the\nfiles that imports read. Its fields are not known, so the body is a free-form object.',
    )
    delete = Operation(
        delete_import,
        "imports.delete",
        "Delete an import definition.",
    )
    execute = Operation(
        start_import_execution,
        "imports.execute",
        "Start an execution of an import.\n\nThe body may update the import definition before it runs.",
    )
    get = Operation(
        get_import,
        "imports.get",
        "Retrieve an import definition.",
    )
    last_execution = Operation(
        get_import_execution,
        "imports.last_execution",
        "State of the last execution of an import.",
    )
    list = Operation(
        list_imports,
        "imports.list",
        "List the import definitions.",
    )
    update = Operation(
        update_import,
        "imports.update",
        "Update an import definition.",
    )


class ImportsPlain:
    """Operations np6 adapts (x-np6-adapted), for np6.resources.imports."""

    upload = Operation(
        upload_import_source,
        "imports.upload",
        "Upload the file of an import.\n\nThe file is sent as the raw request body (application/octet-stream).",
    )
