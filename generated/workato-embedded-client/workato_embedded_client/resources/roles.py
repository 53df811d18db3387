"""The ``roles`` operations of the Workato Embedded Partner API as methods: ``client.roles.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.roles.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins
from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.roles import copy_role as _copy_role
from ..api.roles import list_roles as _list_roles
from ..models.role import Role
from ..models.role_copy_input import RoleCopyInput
from ..types import UNSET, Unset


class RolesResource:
    """The ``roles`` operations: ``WorkatoEmbeddedClient().roles``.

    Custom roles of a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> builtins.list[Role]:
        """List the custom roles of a customer account

         The custom roles created in the account (not the system roles), one page at a time, as a plain
        array.

        Args:
            managed_user_id (str):
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[Role]
        """

        return _list_roles.sync(
            managed_user_id=managed_user_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[Role]:
        """Every item of ``list`` (List the custom roles of a customer account), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_roles.sync,
            self._client,
            self._client.pagination["list_roles"],
            {
                "managed_user_id": managed_user_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def copy(
        self,
        managed_user_id: str,
        role_id: int,
        *,
        body: RoleCopyInput,
    ) -> Role:
        """Copy a custom role

         Make a new custom role with the privileges of `role_id`, optionally with another name and other
        accessible folders. The copy is listed by list roles afterwards.

        Args:
            managed_user_id (str):
            role_id (int): Workato assigns integer ids.
            body (RoleCopyInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Role
        """

        return _copy_role.sync(
            managed_user_id=managed_user_id,
            role_id=role_id,
            body=body,
            client=self._client,
        )


class AsyncRolesResource:
    """The ``roles`` operations (async): ``AsyncWorkatoEmbeddedClient().roles``.

    Custom roles of a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> builtins.list[Role]:
        """List the custom roles of a customer account

         The custom roles created in the account (not the system roles), one page at a time, as a plain
        array.

        Args:
            managed_user_id (str):
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[Role]
        """

        return await _list_roles.asyncio(
            managed_user_id=managed_user_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[Role]:
        """Every item of ``list`` (List the custom roles of a customer account), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_roles.asyncio,
            self._client,
            self._client.pagination["list_roles"],
            {
                "managed_user_id": managed_user_id,
                "per_page": per_page,
                "page": page,
            },
        )

    async def copy(
        self,
        managed_user_id: str,
        role_id: int,
        *,
        body: RoleCopyInput,
    ) -> Role:
        """Copy a custom role

         Make a new custom role with the privileges of `role_id`, optionally with another name and other
        accessible folders. The copy is listed by list roles afterwards.

        Args:
            managed_user_id (str):
            role_id (int): Workato assigns integer ids.
            body (RoleCopyInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Role
        """

        return await _copy_role.asyncio(
            managed_user_id=managed_user_id,
            role_id=role_id,
            body=body,
            client=self._client,
        )
