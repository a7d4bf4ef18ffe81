"""One module per `np6.Client` resource: the operations np6 binds as they are."""
