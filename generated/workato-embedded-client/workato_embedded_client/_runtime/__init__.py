"""Hand-written runtime shared by every generated client (copied from overrides/runtime)."""

from .client import DEFAULT_TIMEOUT, ApiClient, ServerVariable
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConflictError,
    NotFoundError,
    RateLimitError,
    ServerError,
    ValidationError,
)
from .pagination import Paging
from .reading import ResponseFieldError
from .retries import RetryPolicy

__all__ = (
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiClient",
    "AuthenticationError",
    "ConflictError",
    "NotFoundError",
    "Paging",
    "RateLimitError",
    "ResponseFieldError",
    "RetryPolicy",
    "ServerError",
    "ServerVariable",
    "ValidationError",
)
