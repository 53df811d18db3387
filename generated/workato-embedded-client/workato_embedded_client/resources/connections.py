"""The ``connections`` operations of the Workato Embedded Partner API as methods: ``client.connections.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.connections.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins

from .._runtime import ApiClient as _ApiClient
from ..api.connections import create_connection as _create_connection
from ..api.connections import delete_connection as _delete_connection
from ..api.connections import disconnect_connection as _disconnect_connection
from ..api.connections import list_connections as _list_connections
from ..api.connections import update_connection as _update_connection
from ..models.connection import Connection
from ..models.connection_input import ConnectionInput
from ..models.connection_list import ConnectionList
from ..models.connection_update import ConnectionUpdate
from ..models.disconnect_input import DisconnectInput
from ..models.disconnect_result import DisconnectResult
from ..models.list_connections_includes_item import ListConnectionsIncludesItem
from ..models.success import Success
from ..types import UNSET, Unset


class ConnectionsResource:
    """The ``connections`` operations: ``WorkatoEmbeddedClient().connections``.

    Connections in a customer account, and their authorization state.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
        *,
        provider: str | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        include_runtime_connections: bool | Unset = UNSET,
        includes: builtins.list[ListConnectionsIncludesItem] | Unset = UNSET,
    ) -> ConnectionList:
        """List connections in a customer account

         Every connection of the customer, optionally filtered. The filters compare by equality.
        The page documents no paging for this list.

        Args:
            managed_user_id (str):
            provider (str | Unset):
            folder_id (int | Unset): Workato assigns integer ids.
            parent_id (int | Unset): Workato assigns integer ids.
            external_id (str | Unset):
            include_runtime_connections (bool | Unset): Default: `false` (the server's, when not
                sent).
            includes (list[ListConnectionsIncludesItem] | Unset):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ConnectionList
        """

        return _list_connections.sync(
            managed_user_id=managed_user_id,
            provider=provider,
            folder_id=folder_id,
            parent_id=parent_id,
            external_id=external_id,
            include_runtime_connections=include_runtime_connections,
            includes=includes,
            client=self._client,
        )

    def create(
        self,
        managed_user_id: str,
        *,
        body: ConnectionInput,
    ) -> Connection:
        """Create a connection in a customer account

         Adds a connection to the customer's account. With `shell_connection: true`, or with neither
        `input` nor `oauth_token_pair`, it is a shell: saved disconnected (`authorized_at` and
        `authorization_status` null) for the customer to authorize later. Otherwise the credentials
        are tested and the connection is authorized (`authorization_status: success`) or answered
        with its `authorization_error`. OAuth connections can be created only as shells or with an
        `oauth_token_pair`. A `provider` naming one of the partner's custom connectors that has no
        version shared with Embedded customers (`share_custom_connector_version`) is 400.

        Refused although valid:
        - 400 (provider): provider names a custom connector of the partner with no version shared with
        customers.

        Args:
            managed_user_id (str):
            body (ConnectionInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Connection
        """

        return _create_connection.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    def update(
        self,
        managed_user_id: str,
        connection_id: int,
        *,
        body: ConnectionUpdate,
    ) -> Connection:
        """Update a connection in a customer account

         Changes the fields sent and keeps the rest. New `input` or `oauth_token_pair` credentials are
        tested again, so a shell connection becomes authorized this way.

        Args:
            managed_user_id (str):
            connection_id (int): Workato assigns integer ids.
            body (ConnectionUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Connection
        """

        return _update_connection.sync(
            managed_user_id=managed_user_id,
            connection_id=connection_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        managed_user_id: str,
        connection_id: int,
    ) -> Success:
        """Delete a disconnected connection

         Deletes the connection. Only a disconnected connection (`authorized_at` null: a shell, or one
        disconnected with `disconnect_connection`) can be deleted; an authorized one is refused
        with 400 and kept.

        Refused although valid:
        - 400: The connection is authorized: disconnect it first.

        Args:
            managed_user_id (str):
            connection_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _delete_connection.sync(
            managed_user_id=managed_user_id,
            connection_id=connection_id,
            client=self._client,
        )

    def disconnect(
        self,
        managed_user_id: str,
        connection_id: int,
        *,
        body: DisconnectInput | Unset = UNSET,
    ) -> DisconnectResult:
        """Disconnect a connection in a customer account

         Revokes the connection's authorization (`authorized_at` and `authorization_status` become
        null). A connection used by a running recipe of the customer (named by `account_id` in the
        recipe's config) is refused with 400 unless `force` is true; with `force` it is disconnected
        and the recipes keep their running state. `result` lists the running recipes that used it.
        Disconnecting a disconnected connection succeeds and changes nothing.

        Refused although valid:
        - 400: Running recipes of the customer use the connection, and force is not true.

        Args:
            managed_user_id (str):
            connection_id (int): Workato assigns integer ids.
            body (DisconnectInput | Unset):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            DisconnectResult
        """

        return _disconnect_connection.sync(
            managed_user_id=managed_user_id,
            connection_id=connection_id,
            body=body,
            client=self._client,
        )


class AsyncConnectionsResource:
    """The ``connections`` operations (async): ``AsyncWorkatoEmbeddedClient().connections``.

    Connections in a customer account, and their authorization state.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
        *,
        provider: str | Unset = UNSET,
        folder_id: int | Unset = UNSET,
        parent_id: int | Unset = UNSET,
        external_id: str | Unset = UNSET,
        include_runtime_connections: bool | Unset = UNSET,
        includes: builtins.list[ListConnectionsIncludesItem] | Unset = UNSET,
    ) -> ConnectionList:
        """List connections in a customer account

         Every connection of the customer, optionally filtered. The filters compare by equality.
        The page documents no paging for this list.

        Args:
            managed_user_id (str):
            provider (str | Unset):
            folder_id (int | Unset): Workato assigns integer ids.
            parent_id (int | Unset): Workato assigns integer ids.
            external_id (str | Unset):
            include_runtime_connections (bool | Unset): Default: `false` (the server's, when not
                sent).
            includes (list[ListConnectionsIncludesItem] | Unset):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ConnectionList
        """

        return await _list_connections.asyncio(
            managed_user_id=managed_user_id,
            provider=provider,
            folder_id=folder_id,
            parent_id=parent_id,
            external_id=external_id,
            include_runtime_connections=include_runtime_connections,
            includes=includes,
            client=self._client,
        )

    async def create(
        self,
        managed_user_id: str,
        *,
        body: ConnectionInput,
    ) -> Connection:
        """Create a connection in a customer account

         Adds a connection to the customer's account. With `shell_connection: true`, or with neither
        `input` nor `oauth_token_pair`, it is a shell: saved disconnected (`authorized_at` and
        `authorization_status` null) for the customer to authorize later. Otherwise the credentials
        are tested and the connection is authorized (`authorization_status: success`) or answered
        with its `authorization_error`. OAuth connections can be created only as shells or with an
        `oauth_token_pair`. A `provider` naming one of the partner's custom connectors that has no
        version shared with Embedded customers (`share_custom_connector_version`) is 400.

        Refused although valid:
        - 400 (provider): provider names a custom connector of the partner with no version shared with
        customers.

        Args:
            managed_user_id (str):
            body (ConnectionInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Connection
        """

        return await _create_connection.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    async def update(
        self,
        managed_user_id: str,
        connection_id: int,
        *,
        body: ConnectionUpdate,
    ) -> Connection:
        """Update a connection in a customer account

         Changes the fields sent and keeps the rest. New `input` or `oauth_token_pair` credentials are
        tested again, so a shell connection becomes authorized this way.

        Args:
            managed_user_id (str):
            connection_id (int): Workato assigns integer ids.
            body (ConnectionUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Connection
        """

        return await _update_connection.asyncio(
            managed_user_id=managed_user_id,
            connection_id=connection_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        managed_user_id: str,
        connection_id: int,
    ) -> Success:
        """Delete a disconnected connection

         Deletes the connection. Only a disconnected connection (`authorized_at` null: a shell, or one
        disconnected with `disconnect_connection`) can be deleted; an authorized one is refused
        with 400 and kept.

        Refused although valid:
        - 400: The connection is authorized: disconnect it first.

        Args:
            managed_user_id (str):
            connection_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _delete_connection.asyncio(
            managed_user_id=managed_user_id,
            connection_id=connection_id,
            client=self._client,
        )

    async def disconnect(
        self,
        managed_user_id: str,
        connection_id: int,
        *,
        body: DisconnectInput | Unset = UNSET,
    ) -> DisconnectResult:
        """Disconnect a connection in a customer account

         Revokes the connection's authorization (`authorized_at` and `authorization_status` become
        null). A connection used by a running recipe of the customer (named by `account_id` in the
        recipe's config) is refused with 400 unless `force` is true; with `force` it is disconnected
        and the recipes keep their running state. `result` lists the running recipes that used it.
        Disconnecting a disconnected connection succeeds and changes nothing.

        Refused although valid:
        - 400: Running recipes of the customer use the connection, and force is not true.

        Args:
            managed_user_id (str):
            connection_id (int): Workato assigns integer ids.
            body (DisconnectInput | Unset):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            DisconnectResult
        """

        return await _disconnect_connection.asyncio(
            managed_user_id=managed_user_id,
            connection_id=connection_id,
            body=body,
            client=self._client,
        )
