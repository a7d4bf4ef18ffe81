"""Routes of the fake, one module per API section.

An operation of the spec without a route is answered by the generic layer (its documented success
response, see `_samples`); a route adds state. To give a section state, add a module here with
functions decorated `@route("GET", "/the/spec/path/{id}")` and import it below.
"""

from . import (
    actions,
    applications,
    archives,
    campaigns,
    categories,
    fields,
    imports,
    notifications,
    scripting,
    segments,
    subscriptions,
    targets,
)
from ._registry import HANDLERS, Route, route

__all__ = [
    "HANDLERS",
    "Route",
    "actions",
    "applications",
    "archives",
    "campaigns",
    "categories",
    "fields",
    "imports",
    "notifications",
    "route",
    "scripting",
    "segments",
    "subscriptions",
    "targets",
]
