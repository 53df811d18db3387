"""The ``custom_oauth_profiles`` operations of the Workato Embedded Partner API as methods: ``client.custom_oauth_profiles.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.custom_oauth_profiles.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.custom_oauth_profiles import assign_custom_oauth_profile as _assign_custom_oauth_profile
from ..api.custom_oauth_profiles import unassign_custom_oauth_profile as _unassign_custom_oauth_profile
from ..models.success import Success


class CustomOauthProfilesResource:
    """The ``custom_oauth_profiles`` operations: ``WorkatoEmbeddedClient().custom_oauth_profiles``.

    The partner's own OAuth apps, assigned to customer accounts.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def assign(
        self,
        managed_user_id: str,
        custom_oauth_profile_id: int,
    ) -> Success:
        """Assign a custom OAuth profile to a customer account

         Connections of the profile's connector in this customer account authorize through the
        partner's OAuth app. Assigning an assigned profile succeeds and changes nothing; an unknown
        profile is 404.

        Args:
            managed_user_id (str):
            custom_oauth_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _assign_custom_oauth_profile.sync(
            managed_user_id=managed_user_id,
            custom_oauth_profile_id=custom_oauth_profile_id,
            client=self._client,
        )

    def unassign(
        self,
        managed_user_id: str,
        custom_oauth_profile_id: int,
    ) -> Success:
        """Unassign a custom OAuth profile from a customer account

         Unassigning a profile that is not assigned succeeds and changes nothing; an unknown profile is 404.

        Args:
            managed_user_id (str):
            custom_oauth_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _unassign_custom_oauth_profile.sync(
            managed_user_id=managed_user_id,
            custom_oauth_profile_id=custom_oauth_profile_id,
            client=self._client,
        )


class AsyncCustomOauthProfilesResource:
    """The ``custom_oauth_profiles`` operations (async): ``AsyncWorkatoEmbeddedClient().custom_oauth_profiles``.

    The partner's own OAuth apps, assigned to customer accounts.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def assign(
        self,
        managed_user_id: str,
        custom_oauth_profile_id: int,
    ) -> Success:
        """Assign a custom OAuth profile to a customer account

         Connections of the profile's connector in this customer account authorize through the
        partner's OAuth app. Assigning an assigned profile succeeds and changes nothing; an unknown
        profile is 404.

        Args:
            managed_user_id (str):
            custom_oauth_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _assign_custom_oauth_profile.asyncio(
            managed_user_id=managed_user_id,
            custom_oauth_profile_id=custom_oauth_profile_id,
            client=self._client,
        )

    async def unassign(
        self,
        managed_user_id: str,
        custom_oauth_profile_id: int,
    ) -> Success:
        """Unassign a custom OAuth profile from a customer account

         Unassigning a profile that is not assigned succeeds and changes nothing; an unknown profile is 404.

        Args:
            managed_user_id (str):
            custom_oauth_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _unassign_custom_oauth_profile.asyncio(
            managed_user_id=managed_user_id,
            custom_oauth_profile_id=custom_oauth_profile_id,
            client=self._client,
        )
