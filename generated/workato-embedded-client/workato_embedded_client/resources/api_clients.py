"""The ``api_clients`` operations of the Workato Embedded Partner API as methods: ``client.api_clients.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.api_clients.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.api_clients import create_api_client as _create_api_client
from ..api.api_clients import list_api_clients as _list_api_clients
from ..models.api_client import ApiClient
from ..models.api_client_input import ApiClientInput
from ..models.api_client_list import ApiClientList
from ..types import UNSET, Unset


class ApiClientsResource:
    """The ``api_clients`` operations: ``WorkatoEmbeddedClient().api_clients``.

    API clients in a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
    ) -> ApiClientList:
        """List API clients in a customer account

         Every API client of the account, wrapped in `result`. No paging is documented for it.

        Args:
            managed_user_id (str):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiClientList
        """

        return _list_api_clients.sync(
            managed_user_id=managed_user_id,
            client=self._client,
        )

    def create(
        self,
        managed_user_id: str,
        *,
        body: ApiClientInput,
        project_id: str | Unset = UNSET,
    ) -> ApiClient:
        """Create an API client in a customer account

         Create an API client in the account, in the project `project_id` when given.

        Refused although valid:
        - 400 (project_id): project_id names no project (top-level folder) of the account.

        Args:
            managed_user_id (str):
            project_id (str | Unset):
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
            managed_user_id=managed_user_id,
            body=body,
            project_id=project_id,
            client=self._client,
        )


class AsyncApiClientsResource:
    """The ``api_clients`` operations (async): ``AsyncWorkatoEmbeddedClient().api_clients``.

    API clients in a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
    ) -> ApiClientList:
        """List API clients in a customer account

         Every API client of the account, wrapped in `result`. No paging is documented for it.

        Args:
            managed_user_id (str):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiClientList
        """

        return await _list_api_clients.asyncio(
            managed_user_id=managed_user_id,
            client=self._client,
        )

    async def create(
        self,
        managed_user_id: str,
        *,
        body: ApiClientInput,
        project_id: str | Unset = UNSET,
    ) -> ApiClient:
        """Create an API client in a customer account

         Create an API client in the account, in the project `project_id` when given.

        Refused although valid:
        - 400 (project_id): project_id names no project (top-level folder) of the account.

        Args:
            managed_user_id (str):
            project_id (str | Unset):
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
            managed_user_id=managed_user_id,
            body=body,
            project_id=project_id,
            client=self._client,
        )
