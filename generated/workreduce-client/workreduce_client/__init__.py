"""WorkReduce API: a client generated from specs/workreduce.yaml (API version 2).

Start with ``WorkReduceClient`` (or ``AsyncWorkReduceClient``): ``client.<tag>.<method>(...)``. The
operations are also functions in ``workreduce_client.api.<tag>``. Every call raises the errors below (all
``APIError``): status errors from the non-detailed calls (``*_detailed`` never raises for a status),
connection errors and timeouts from every call.
"""

from ._runtime import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ResponseFieldError,
    ServerError,
    ValidationError,
)
from .client import AuthenticatedClient, Client
from .sdk import AsyncWorkReduceClient, BaseWorkReduceClient, WorkReduceClient

__version__ = "3.0.0"

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncWorkReduceClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BaseWorkReduceClient",
    "Client",
    "ConflictError",
    "NotFoundError",
    "RateLimitError",
    "ResponseFieldError",
    "ServerError",
    "ValidationError",
    "WorkReduceClient",
    "__version__",
)
