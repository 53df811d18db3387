"""Workato Embedded Partner API: a client generated from specs/workato-embedded.yaml (API version 1.0).

Start with ``WorkatoEmbeddedClient`` (or ``AsyncWorkatoEmbeddedClient``): ``client.<tag>.<method>(...)``. The
operations are also functions in ``workato_embedded_client.api.<tag>``. Every call raises the errors below (all
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
from .sdk import AsyncWorkatoEmbeddedClient, BaseWorkatoEmbeddedClient, WorkatoEmbeddedClient

__version__ = "2.0.0"

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncWorkatoEmbeddedClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BaseWorkatoEmbeddedClient",
    "Client",
    "ConflictError",
    "NotFoundError",
    "RateLimitError",
    "ResponseFieldError",
    "ServerError",
    "ValidationError",
    "WorkatoEmbeddedClient",
    "__version__",
)
