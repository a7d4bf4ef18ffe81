"""np6: the Python client for the NP6 CM REST API.

>>> import np6
>>> with np6.Client() as client:          # api_key= or $NP6_API_KEY
...     target = client.targets.find(unicity=np6.unicity("FR", 12345))
"""

from typing import TYPE_CHECKING

from ._client import AsyncClient, Client
from ._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GoneError,
    InternalServerError,
    InterruptedChunkError,
    InvalidResponseError,
    NotFoundError,
    NP6Error,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
)
from ._retry import RateLimit, RetryPolicy
from ._validate import unicity
from ._version import __version__

if TYPE_CHECKING:
    from ._batching import (
        BatchInputError,
        BatchProgress,
        BatchResult,
        CheckpointError,
        FailedChunk,
        partial_result,
    )
    from .resources.actions import ActionTestError, ActionTestTimeout

# Loaded on first use of one of these names: batching (also with the first `client.segments`) is a
# quarter of `import np6`; `wait_for_test`'s errors come with the actions bindings.
_LAZY = {
    "BatchInputError": "._batching",
    "BatchProgress": "._batching",
    "BatchResult": "._batching",
    "CheckpointError": "._batching",
    "FailedChunk": "._batching",
    "partial_result": "._batching",
    "ActionTestError": ".resources.actions",
    "ActionTestTimeout": ".resources.actions",
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ActionTestError",
    "ActionTestTimeout",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "BatchInputError",
    "BatchProgress",
    "BatchResult",
    "CheckpointError",
    "Client",
    "ConflictError",
    "FailedChunk",
    "GoneError",
    "InternalServerError",
    "InterruptedChunkError",
    "InvalidResponseError",
    "NP6Error",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitError",
    "RedirectError",
    "RetryPolicy",
    "__version__",
    "partial_result",
    "unicity",
]
