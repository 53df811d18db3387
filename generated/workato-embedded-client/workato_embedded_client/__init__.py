"""Workato Embedded Partner API: a client generated from specs/workato-embedded.yaml.

Start with ``WorkatoEmbeddedClient``; the operations are functions in ``workato_embedded_client.api.<tag>``.
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
from .sdk import WorkatoEmbeddedClient

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
    "WorkatoEmbeddedClient",
)
