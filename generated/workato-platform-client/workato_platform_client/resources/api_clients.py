"""The ``api_clients`` operations of the Workato API Platform as methods: ``client.api_clients.<method>(...)``.

Each method calls the operation's functional module (``workato_platform_client.api.api_clients.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins

from .._runtime import ApiClient as _ApiClient
from ..api.api_clients import create_api_client as _create_api_client
from ..api.api_clients import list_api_clients as _list_api_clients
from ..models.api_client import ApiClient
from ..models.api_client_input import ApiClientInput


class ApiClientsResource:
    """The ``api_clients`` operations: ``WorkatoPlatformClient().api_clients``.

    Consumers of the API Platform.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
    ) -> builtins.list[ApiClient]:
        """List API clients

         Every API client of the account, with its project. The page documents no paging for it.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[ApiClient]
        """

        return _list_api_clients.sync(
            client=self._client,
        )

    def create(
        self,
        *,
        body: ApiClientInput,
        project_id: str,
    ) -> ApiClient:
        """Create an API client

         Create an API client in the project named by `project_id`.

        Args:
            project_id (str):
            body (ApiClientInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiClient
        """

        return _create_api_client.sync(
            body=body,
            project_id=project_id,
            client=self._client,
        )


class AsyncApiClientsResource:
    """The ``api_clients`` operations (async): ``AsyncWorkatoPlatformClient().api_clients``.

    Consumers of the API Platform.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
    ) -> builtins.list[ApiClient]:
        """List API clients

         Every API client of the account, with its project. The page documents no paging for it.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[ApiClient]
        """

        return await _list_api_clients.asyncio(
            client=self._client,
        )

    async def create(
        self,
        *,
        body: ApiClientInput,
        project_id: str,
    ) -> ApiClient:
        """Create an API client

         Create an API client in the project named by `project_id`.

        Args:
            project_id (str):
            body (ApiClientInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiClient
        """

        return await _create_api_client.asyncio(
            body=body,
            project_id=project_id,
            client=self._client,
        )
