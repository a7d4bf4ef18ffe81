"""Binding generated endpoints onto resources.

Each module of `np6_api.api` has `_get_kwargs(...)`, which builds the request and whose signature is
exactly the operation's parameters, and `_parse_success(...)`, which parses any 2xx answer (our
generator templates, openapi/templates/, add it). An `Operation` wraps such a module and hands both
functions to the client, which owns sending, retries and error mapping. Its type carries the
parameters of `_get_kwargs` and the success type of `_parse_success`: `client.targets.get("000T1")`
is checked by mypy and returns a `Target`.

The bindings themselves are generated (`np6_api.bindings`, from `x-np6-method` in the spec); they
name the endpoint module as a string at runtime, imported on the operation's first call.

Where np6 adds something (unicity tuples, flexible dates, one-of-three identifiers),
`Operation.adapt` puts a friendlier signature in front; one definition serves sync and async.

On a client, `client.targets.get` is a `BoundOperation`: it has the operation's name, docstring
and real signature (`help()`, `inspect.signature`), and a wrong argument is a `TypeError` that
names the public method and its parameters.
"""

from __future__ import annotations

import functools
import inspect
import typing
from collections.abc import Callable, Coroutine
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, cast, overload

import httpx

from ._body import content_disposition
from ._validate import check_path_param

if TYPE_CHECKING:
    from typing import Protocol, Self

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


if TYPE_CHECKING:  # for type checkers only: a Protocol class costs import time

    class Endpoint(Protocol[P, R_co]):
        """What np6 uses of a generated endpoint module (mypy checks modules against protocols)."""

        def _get_kwargs(self, *args: P.args, **kwargs: P.kwargs) -> dict[str, Any]: ...
        # The success type alone (not `R | Error | None`): mypy infers a union success exactly.
        def _parse_success(self, *, client: Any, response: httpx.Response) -> R_co: ...


class Resource(Generic[C]):
    """A namespace of operations of one reference section, bound to a client."""

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class Operation(Generic[P, R]):
    """One API operation; attribute of a Resource class, callable on its instances.

    `endpoint` is the generated module, or its dotted name (imported on first use); `name` is the
    public name, "<resource>.<method>" (the spec's x-np6-method); `doc` its documentation.
    """

    def __init__(
        self,
        endpoint: Endpoint[P, R] | str,
        name: str,
        doc: str = "",
        prepare: Callable[..., Call] | None = None,
    ) -> None:
        self._endpoint: Endpoint[P, R] | ModuleType | str = endpoint
        self.name = name
        self.attr = name.rpartition(".")[2]
        self.doc = doc
        self._prepare = prepare
        self._build: Callable[..., dict[str, Any]] | None = None
        self._parse: Callable[..., Any] | None = None
        self._path_params: tuple[str, ...] = ()
        self._signature: inspect.Signature | None = None

    def adapt(self, prepare: Callable[Q, Call]) -> Operation[Q, R]:
        """The same operation behind a friendlier signature; `prepare` maps it to `_get_kwargs`.

        The docstring of `prepare`, if any, is added to the operation's.
        """
        doc = "\n\n".join(d for d in (self.doc, inspect.getdoc(prepare)) if d)
        return cast("Operation[Q, R]", Operation(self._endpoint, self.name, doc, prepare))

    @property
    def adapted(self) -> bool:
        """Whether np6 puts its own signature in front (`adapt`)."""
        return self._prepare is not None

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.attr = name

    @property
    def module(self) -> ModuleType:
        """The generated endpoint module (imported now if it was not yet)."""
        if isinstance(self._endpoint, str):
            self._endpoint = import_module(self._endpoint)
        return cast(ModuleType, self._endpoint)

    @property
    def build(self) -> Callable[P, dict[str, Any]]:
        """The generated `_get_kwargs`: for adapters, `args_for(plain_op.build, ...)`."""
        if self._build is None:
            self._load()
        return cast("Callable[P, dict[str, Any]]", self._build)

    def _load(self) -> None:
        module = self.module
        # In generated code, path parameters are exactly the ones before the bare `*`.
        code = module._get_kwargs.__code__
        self._path_params = code.co_varnames[: code.co_argcount]
        self._parse = module._parse_success
        # Last: another thread that sees `_build` set may use all of the above.
        self._build = module._get_kwargs

    def parse(self, *, client: Any, response: httpx.Response) -> R:
        if self._parse is None:
            self._load()
        return cast("R", self._parse(client=client, response=response))  # type: ignore[misc]

    def request(self, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Check the arguments and build the request description (nothing is sent)."""
        build = self._build or self.build
        if self._prepare is not None:
            try:
                args, kwargs = self._prepare(*args, **kwargs)
            except TypeError:
                self._check_arguments(args, kwargs)
                raise
        names = self._path_params
        for name, value in zip(names, args, strict=False):
            check_path_param(name, value)
        for name in names[len(args) :]:
            if name in kwargs:
                check_path_param(name, kwargs[name])
        try:
            built = build(*args, **kwargs)
        except TypeError:
            if self._prepare is None:
                self._check_arguments(args, kwargs)
            raise
        from np6_api.types import File

        body = kwargs.get("body")
        if isinstance(body, File) and body.file_name is not None:  # a raw upload with its name
            built["headers"]["Content-Disposition"] = content_disposition(body.file_name)
        return built

    def _check_arguments(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """Raise a TypeError naming the public method if the arguments do not fit its signature."""
        signature = self.signature
        try:
            signature.bind(*args, **kwargs)
        except TypeError as exc:
            names = ", ".join(signature.parameters) or "none"
            raise TypeError(f"{self.name}() {exc}; parameters: {names}") from None

    @property
    def signature(self) -> inspect.Signature:
        """The public signature: the adapter's if any, else the generated `_get_kwargs`'s."""
        if self._signature is None:
            function = self._prepare or self.build
            # Adapters may import their annotations for type checkers only: the endpoint module
            # has the models they name.
            names = {**vars(self.module), **getattr(function, "__globals__", {})}
            try:
                params = inspect.signature(function, globals=names, eval_str=True)
            except NameError:
                params = inspect.signature(function)
            self._signature = params.replace(return_annotation=self._returns())
        return self._signature

    def _returns(self) -> Any:
        """The success type: what `_parse_success` returns."""
        return typing.get_type_hints(self.module._parse_success)["return"]

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
        bound = BoundOperation(obj._client._call, self)
        # Cache on the instance: later lookups skip the descriptor.
        obj.__dict__[self.attr] = bound
        return bound


class BoundOperation(functools.partial[Any]):
    """An operation bound to a client: `client._call(operation, ...)`, described as the method.

    A method descriptor (it has `__get__`), so that `help()` documents it as a routine.
    """

    __slots__ = ()

    def operation(self) -> Operation[Any, Any]:
        return cast("Operation[Any, Any]", self.args[0])

    @property
    def __name__(self) -> str:
        return self.operation().attr

    @property
    def __doc__(self) -> str:  # type: ignore[override]
        return self.operation().doc

    @property
    def __signature__(self) -> inspect.Signature:
        return self.operation().signature

    def __get__(self, obj: object, owner: type[Any] | None = None) -> Self:
        return self

    def __repr__(self) -> str:
        client = getattr(self.func, "__self__", None)
        op = self.operation()
        return f"<np6 operation {op.name}{op.signature} of {client!r}>"
