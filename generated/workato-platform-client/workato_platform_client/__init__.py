"""Workato API Platform: a client generated from specs/workato-platform.yaml (API version 1.0).

Start with ``WorkatoPlatformClient`` (or ``AsyncWorkatoPlatformClient``): ``client.<tag>.<method>(...)``. The
operations are also functions in ``workato_platform_client.api.<tag>``. Every call raises the errors below (all
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
from .sdk import AsyncWorkatoPlatformClient, BaseWorkatoPlatformClient, WorkatoPlatformClient

__version__ = "1.0.0"

__all__ = (
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncWorkatoPlatformClient",
    "AuthenticatedClient",
    "AuthenticationError",
    "BaseWorkatoPlatformClient",
    "Client",
    "ConflictError",
    "NotFoundError",
    "RateLimitError",
    "ResponseFieldError",
    "ServerError",
    "ValidationError",
    "WorkatoPlatformClient",
    "__version__",
)
