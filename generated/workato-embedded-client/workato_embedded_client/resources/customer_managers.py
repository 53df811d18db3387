"""The ``customer_managers`` operations of the Workato Embedded Partner API as methods: ``client.customer_managers.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.customer_managers.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.customer_managers import create_customer_manager as _create_customer_manager
from ..api.customer_managers import delete_customer_manager as _delete_customer_manager
from ..api.customer_managers import list_customer_managers as _list_customer_managers
from ..api.customer_managers import update_customer_manager as _update_customer_manager
from ..models.customer_manager_input import CustomerManagerInput
from ..models.customer_manager_list import CustomerManagerList
from ..models.customer_manager_result import CustomerManagerResult
from ..models.customer_manager_update import CustomerManagerUpdate
from ..models.success import Success


class CustomerManagersResource:
    """The ``customer_managers`` operations: ``WorkatoEmbeddedClient().customer_managers``.

    Partner team members who manage customer accounts.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
    ) -> CustomerManagerList:
        """List customer managers

         Every customer manager of the partner, as `{"result": {"items": [...]}}`, not paged. An empty
        `moderated_workspaces` means the manager can access every customer account.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomerManagerList
        """

        return _list_customer_managers.sync(
            client=self._client,
        )

    def create(
        self,
        *,
        body: CustomerManagerInput,
    ) -> CustomerManagerResult:
        """Create a customer manager

         Make the partner-team user with `email` a customer manager with the role `role_id`, for the
        customer accounts in `permitted_workspace_ids` (empty or omitted: all accounts).

        Refused although valid:
        - 400 (role_id): role_id names no role of the partner's team.
        - 400 (permitted_workspace_ids): permitted_workspace_ids names a customer account that does not
        exist.

        Args:
            body (CustomerManagerInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomerManagerResult
        """

        return _create_customer_manager.sync(
            body=body,
            client=self._client,
        )

    def update(
        self,
        customer_manager_id: int,
        *,
        body: CustomerManagerUpdate,
    ) -> CustomerManagerResult:
        """Update a customer manager

         Set the manager's role and the customer accounts it may access (`permitted_workspace_ids`
        empty or omitted: all accounts).

        Refused although valid:
        - 400 (role_id): role_id names no role of the partner's team.
        - 400 (permitted_workspace_ids): permitted_workspace_ids names a customer account that does not
        exist.

        Args:
            customer_manager_id (int): Workato assigns integer ids.
            body (CustomerManagerUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomerManagerResult
        """

        return _update_customer_manager.sync(
            customer_manager_id=customer_manager_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        customer_manager_id: int,
    ) -> Success:
        """Delete a customer manager

         The user stays on the partner team but no longer manages customer accounts.

        Args:
            customer_manager_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _delete_customer_manager.sync(
            customer_manager_id=customer_manager_id,
            client=self._client,
        )


class AsyncCustomerManagersResource:
    """The ``customer_managers`` operations (async): ``AsyncWorkatoEmbeddedClient().customer_managers``.

    Partner team members who manage customer accounts.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
    ) -> CustomerManagerList:
        """List customer managers

         Every customer manager of the partner, as `{"result": {"items": [...]}}`, not paged. An empty
        `moderated_workspaces` means the manager can access every customer account.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomerManagerList
        """

        return await _list_customer_managers.asyncio(
            client=self._client,
        )

    async def create(
        self,
        *,
        body: CustomerManagerInput,
    ) -> CustomerManagerResult:
        """Create a customer manager

         Make the partner-team user with `email` a customer manager with the role `role_id`, for the
        customer accounts in `permitted_workspace_ids` (empty or omitted: all accounts).

        Refused although valid:
        - 400 (role_id): role_id names no role of the partner's team.
        - 400 (permitted_workspace_ids): permitted_workspace_ids names a customer account that does not
        exist.

        Args:
            body (CustomerManagerInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomerManagerResult
        """

        return await _create_customer_manager.asyncio(
            body=body,
            client=self._client,
        )

    async def update(
        self,
        customer_manager_id: int,
        *,
        body: CustomerManagerUpdate,
    ) -> CustomerManagerResult:
        """Update a customer manager

         Set the manager's role and the customer accounts it may access (`permitted_workspace_ids`
        empty or omitted: all accounts).

        Refused although valid:
        - 400 (role_id): role_id names no role of the partner's team.
        - 400 (permitted_workspace_ids): permitted_workspace_ids names a customer account that does not
        exist.

        Args:
            customer_manager_id (int): Workato assigns integer ids.
            body (CustomerManagerUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomerManagerResult
        """

        return await _update_customer_manager.asyncio(
            customer_manager_id=customer_manager_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        customer_manager_id: int,
    ) -> Success:
        """Delete a customer manager

         The user stays on the partner team but no longer manages customer accounts.

        Args:
            customer_manager_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _delete_customer_manager.asyncio(
            customer_manager_id=customer_manager_id,
            client=self._client,
        )
