"""The ``members`` operations of the Workato Embedded Partner API as methods: ``client.members.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.members.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins

from .._runtime import ApiClient as _ApiClient
from ..api.members import add_member as _add_member
from ..api.members import get_member as _get_member
from ..api.members import list_members as _list_members
from ..api.members import remove_member as _remove_member
from ..api.members import update_member as _update_member
from ..models.member import Member
from ..models.member_input import MemberInput
from ..models.member_update import MemberUpdate
from ..models.success import Success


class MembersResource:
    """The ``members`` operations: ``WorkatoEmbeddedClient().members``.

    Members of a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
    ) -> builtins.list[Member]:
        """List the members of a customer account

         Every member of the account, as a plain array (not wrapped, not paged).

        Args:
            managed_user_id (str):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[Member]
        """

        return _list_members.sync(
            managed_user_id=managed_user_id,
            client=self._client,
        )

    def add(
        self,
        managed_user_id: str,
        *,
        body: MemberInput,
    ) -> Member:
        """Add a member to a customer account

         Add a member with a role of the account. Returns the new member.

        Args:
            managed_user_id (str):
            body (MemberInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Member
        """

        return _add_member.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    def get(
        self,
        managed_user_id: str,
        member_id: int,
    ) -> Member:
        """Get a member of a customer account

         One member; a member of another account is 404 here.

        Args:
            managed_user_id (str):
            member_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Member
        """

        return _get_member.sync(
            managed_user_id=managed_user_id,
            member_id=member_id,
            client=self._client,
        )

    def update(
        self,
        managed_user_id: str,
        member_id: int,
        *,
        body: MemberUpdate,
    ) -> Member:
        """Update a member of a customer account

         Change the fields sent; the others keep their values. Workato marks this endpoint deprecated.

        Args:
            managed_user_id (str):
            member_id (int): Workato assigns integer ids.
            body (MemberUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Member
        """

        return _update_member.sync(
            managed_user_id=managed_user_id,
            member_id=member_id,
            body=body,
            client=self._client,
        )

    def remove(
        self,
        managed_user_id: str,
        member_id: int,
    ) -> Success:
        """Remove a member from a customer account

         Removes the member; afterwards it is 404.

        Args:
            managed_user_id (str):
            member_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _remove_member.sync(
            managed_user_id=managed_user_id,
            member_id=member_id,
            client=self._client,
        )


class AsyncMembersResource:
    """The ``members`` operations (async): ``AsyncWorkatoEmbeddedClient().members``.

    Members of a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
    ) -> builtins.list[Member]:
        """List the members of a customer account

         Every member of the account, as a plain array (not wrapped, not paged).

        Args:
            managed_user_id (str):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[Member]
        """

        return await _list_members.asyncio(
            managed_user_id=managed_user_id,
            client=self._client,
        )

    async def add(
        self,
        managed_user_id: str,
        *,
        body: MemberInput,
    ) -> Member:
        """Add a member to a customer account

         Add a member with a role of the account. Returns the new member.

        Args:
            managed_user_id (str):
            body (MemberInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Member
        """

        return await _add_member.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    async def get(
        self,
        managed_user_id: str,
        member_id: int,
    ) -> Member:
        """Get a member of a customer account

         One member; a member of another account is 404 here.

        Args:
            managed_user_id (str):
            member_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Member
        """

        return await _get_member.asyncio(
            managed_user_id=managed_user_id,
            member_id=member_id,
            client=self._client,
        )

    async def update(
        self,
        managed_user_id: str,
        member_id: int,
        *,
        body: MemberUpdate,
    ) -> Member:
        """Update a member of a customer account

         Change the fields sent; the others keep their values. Workato marks this endpoint deprecated.

        Args:
            managed_user_id (str):
            member_id (int): Workato assigns integer ids.
            body (MemberUpdate):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Member
        """

        return await _update_member.asyncio(
            managed_user_id=managed_user_id,
            member_id=member_id,
            body=body,
            client=self._client,
        )

    async def remove(
        self,
        managed_user_id: str,
        member_id: int,
    ) -> Success:
        """Remove a member from a customer account

         Removes the member; afterwards it is 404.

        Args:
            managed_user_id (str):
            member_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _remove_member.asyncio(
            managed_user_id=managed_user_id,
            member_id=member_id,
            client=self._client,
        )
