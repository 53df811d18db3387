"""Workato API Platform: a client generated from specs/workato-platform.yaml.

Start with ``WorkatoPlatformClient``; the operations are functions in ``workato_platform_client.api.<tag>``.
Their non-detailed calls raise the errors below (all ``APIError``); ``*_detailed`` never does.
"""

from ._runtime import (
    APIError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from .client import AuthenticatedClient, Client
from .sdk import WorkatoPlatformClient

__all__ = (
    "APIError",
    "AuthenticatedClient",
    "AuthenticationError",
    "Client",
    "ConflictError",
    "NotFoundError",
    "RateLimitError",
    "ServerError",
    "ValidationError",
    "WorkatoPlatformClient",
)
