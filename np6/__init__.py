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

# Batching loads with the first `client.segments` (or the first of these names): a quarter of
# `import np6` otherwise.
_BATCHING = {
    "BatchInputError",
    "BatchProgress",
    "BatchResult",
    "CheckpointError",
    "FailedChunk",
    "partial_result",
}


def __getattr__(name: str) -> object:
    if name in _BATCHING:
        from . import _batching

        return getattr(_batching, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
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
