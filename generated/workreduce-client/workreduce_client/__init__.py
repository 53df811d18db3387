"""WorkReduce API: a client generated from specs/workreduce.yaml.

Start with ``WorkReduceClient``; the operations are functions in ``workreduce_client.api.<tag>``.
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
from .sdk import WorkReduceClient

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
    "WorkReduceClient",
)
