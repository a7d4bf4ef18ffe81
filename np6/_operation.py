"""Binding generated endpoints onto resources.

Each module of `np6_api.api` has `_get_kwargs(...)`, which builds the request and whose signature is
exactly the operation's parameters, and `_parse_response(...)`, which parses a response into models.
An `Operation` wraps such a module (`Operation(delete_target)`) and hands both functions to the
client, which owns sending, retries and error mapping. Its type carries the parameters of
`_get_kwargs` and the success type of `_parse_response`: `client.targets.get("000T1")` is checked
by mypy and returns a `Target`.

Where np6 adds something (unicity tuples, flexible dates, one-of-three identifiers),
`Operation.adapt` puts a friendlier signature in front; one definition serves sync and async.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, cast, overload

import httpx

from ._validate import check_path_param

if TYPE_CHECKING:
    from typing import Self

    from np6_api.models.error import Error

    from ._client import AsyncClient, BaseClient, Client

P = ParamSpec("P")
Q = ParamSpec("Q")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
C = TypeVar("C", bound="BaseClient[Any]")

# Positional and keyword arguments for a generated `_get_kwargs`.
Call = tuple[tuple[Any, ...], dict[str, Any]]


def args_for(build: Callable[P, object], /, *args: P.args, **kwargs: P.kwargs) -> Call:
    """The arguments of a call to `build`, checked by mypy against its signature, not sent yet."""
    return args, kwargs


class Endpoint(Protocol[P, R_co]):
    """What np6 uses of a generated endpoint module (mypy checks modules against protocols)."""

    def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...
    def _parse_response(self, *, client: Any, response: httpx.Response) -> R_co | Error | None: ...


class Resource(Generic[C]):
    """A namespace of operations of one reference section, bound to a client."""

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class Operation(Generic[P, R]):
    """One API operation; attribute of a Resource class, callable on its instances."""

    def __init__(
        self, endpoint: Endpoint[P, R], prepare: Callable[..., Call] | None = None
    ) -> None:
        self.endpoint = endpoint
        self._build: Callable[..., dict[str, Any]] = endpoint._get_kwargs
        self.parse = endpoint._parse_response
        self._prepare = prepare
        self.name: str = getattr(endpoint, "__name__", "operation").rsplit(".", 1)[-1]
        self._path_params: tuple[str, ...] | None = None

    def adapt(self, prepare: Callable[Q, Call]) -> Operation[Q, R]:
        """The same operation behind a friendlier signature; `prepare` maps it to `_get_kwargs`."""
        return cast("Operation[Q, R]", Operation(self.endpoint, prepare))

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.attr = name

    def request(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Check the arguments and build the request description (nothing is sent)."""
        if self._prepare is not None:
            args, kwargs = self._prepare(*args, **kwargs)
        names = self._path_names()
        for name, value in zip(names, args, strict=False):
            check_path_param(name, value)
        for name in names[len(args) :]:
            if name in kwargs:
                check_path_param(name, kwargs[name])
        return self._build(*args, **kwargs)

    def _path_names(self) -> tuple[str, ...]:
        # In generated code, path parameters are exactly the ones before the bare `*`.
        if self._path_params is None:
            params = inspect.signature(self._build).parameters.values()
            self._path_params = tuple(
                p.name for p in params if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
            )
        return self._path_params

    @overload
    def __get__(self, obj: None, owner: type[Any]) -> Self: ...
    @overload
    def __get__(self, obj: Resource[Client], owner: type[Any]) -> Callable[P, R]: ...
    @overload
    def __get__(
        self, obj: Resource[AsyncClient], owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type[Any]) -> Any:
        if obj is None:
            return self
        bound = functools.partial(obj._client._call, self)
        # Cache on the instance: later lookups skip the descriptor.
        obj.__dict__[self.attr] = bound
        return bound
