"""Outwork Partner API: a client generated from specs/outwork.yaml.

Start with ``OutworkClient``; the operations are functions in ``outwork_client.api.<tag>``.
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
from .sdk import OutworkClient

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
    "OutworkClient",
)
