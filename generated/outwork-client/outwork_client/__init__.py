"""Outwork Partner API: a client generated from specs/outwork.yaml (API version 1.0).

Start with ``OutworkClient`` (or ``AsyncOutworkClient``): ``client.<tag>.<method>(...)``. The
operations are also functions in ``outwork_client.api.<tag>``. Every call raises the errors below (all
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
from .sdk import AsyncOutworkClient, BaseOutworkClient, OutworkClient

__version__ = "1.0.0"

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOutworkClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BaseOutworkClient",
    "Client",
    "ConflictError",
    "NotFoundError",
    "RateLimitError",
    "ResponseFieldError",
    "ServerError",
    "ValidationError",
    "OutworkClient",
    "__version__",
)
