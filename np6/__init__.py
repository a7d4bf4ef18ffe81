"""np6: the Python client for the NP6 CM REST API.

>>> import np6
>>> with np6.Client() as client:          # api_key= or $NP6_API_KEY
...     target = client.targets.find(unicity=np6.unicity("FR", 12345))
"""

from ._batching import (
    BatchInputError,
    BatchProgress,
    BatchResult,
    CheckpointError,
    FailedChunk,
    InterruptedChunkError,
    partial_result,
)
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
