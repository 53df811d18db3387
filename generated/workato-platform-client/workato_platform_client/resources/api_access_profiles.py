"""The ``api_access_profiles`` operations of the Workato API Platform as methods: ``client.api_access_profiles.<method>(...)``.

Each method calls the operation's functional module (``workato_platform_client.api.api_access_profiles.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins
from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.api_access_profiles import create_api_access_profile as _create_api_access_profile
from ..api.api_access_profiles import disable_api_access_profile as _disable_api_access_profile
from ..api.api_access_profiles import enable_api_access_profile as _enable_api_access_profile
from ..api.api_access_profiles import list_api_access_profiles as _list_api_access_profiles
from ..api.api_access_profiles import refresh_api_access_profile_secret as _refresh_api_access_profile_secret
from ..api.api_access_profiles import update_api_access_profile as _update_api_access_profile
from ..models.access_profile import AccessProfile
from ..models.access_profile_input import AccessProfileInput
from ..models.access_profile_with_secrets import AccessProfileWithSecrets
from ..models.success import Success
from ..types import UNSET, Unset


class ApiAccessProfilesResource:
    """The ``api_access_profiles`` operations: ``WorkatoPlatformClient().api_access_profiles``.

    How an API client authenticates, and which collections it may call.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        *,
        api_client_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> builtins.list[AccessProfile]:
        """List access profiles

         Every access profile, or those of one API client. Lists leave out the secret fields; the
        create, update and refresh calls return them.

        Args:
            api_client_id (int | Unset): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[AccessProfile]
        """

        return _list_api_access_profiles.sync(
            api_client_id=api_client_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        *,
        api_client_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[AccessProfile]:
        """Every item of ``list`` (List access profiles), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_api_access_profiles.sync,
            self._client,
            self._client.pagination["list_api_access_profiles"],
            {
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def create(
        self,
        *,
        body: AccessProfileInput,
        api_client_id: int,
    ) -> AccessProfileWithSecrets:
        """Create an access profile

         Create an access profile for the API client `api_client_id`, giving it access to existing
        collections. Which secret fields are filled depends on `auth_type`: `secret` for token,
        `oauth_client_id` and `oauth_client_secret` for oauth2, `jwt_method` and `jwt_secret` for jwt;
        the others are null.

        Refused although valid:
        - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

        Args:
            api_client_id (int): Workato assigns integer ids.
            body (AccessProfileInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            AccessProfileWithSecrets
        """

        return _create_api_access_profile.sync(
            body=body,
            api_client_id=api_client_id,
            client=self._client,
        )

    def update(
        self,
        api_access_profile_id: int,
        *,
        body: AccessProfileInput,
    ) -> AccessProfileWithSecrets:
        """Update an access profile

         Replace the profile's settings (every required field is sent again). Changing `auth_type`
        issues the new type's secrets; keeping it keeps them.

        Refused although valid:
        - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

        Args:
            api_access_profile_id (int): Workato assigns integer ids.
            body (AccessProfileInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            AccessProfileWithSecrets
        """

        return _update_api_access_profile.sync(
            api_access_profile_id=api_access_profile_id,
            body=body,
            client=self._client,
        )

    def enable(
        self,
        api_access_profile_id: int,
    ) -> Success:
        """Enable an access profile

         Lets the profile's client call APIs again. Enabling an active profile succeeds.

        Args:
            api_access_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _enable_api_access_profile.sync(
            api_access_profile_id=api_access_profile_id,
            client=self._client,
        )

    def disable(
        self,
        api_access_profile_id: int,
    ) -> Success:
        """Disable an access profile

         Stops the profile's client from calling APIs. Disabling an inactive profile succeeds.

        Args:
            api_access_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _disable_api_access_profile.sync(
            api_access_profile_id=api_access_profile_id,
            client=self._client,
        )

    def refresh_secret(
        self,
        api_access_profile_id: int,
    ) -> AccessProfileWithSecrets:
        """Refresh an access profile's token or secret

         Issues a new `secret` for a token profile, or a new `oauth_client_id` and
        `oauth_client_secret` for an oauth2 profile. Fails with 400 for jwt and oidc profiles,
        which hold no secret of Workato's.

        Refused although valid:
        - 400: The profile's auth_type is jwt or oidc, which hold no secret of Workato's.

        Args:
            api_access_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            AccessProfileWithSecrets
        """

        return _refresh_api_access_profile_secret.sync(
            api_access_profile_id=api_access_profile_id,
            client=self._client,
        )


class AsyncApiAccessProfilesResource:
    """The ``api_access_profiles`` operations (async): ``AsyncWorkatoPlatformClient().api_access_profiles``.

    How an API client authenticates, and which collections it may call.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        api_client_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> builtins.list[AccessProfile]:
        """List access profiles

         Every access profile, or those of one API client. Lists leave out the secret fields; the
        create, update and refresh calls return them.

        Args:
            api_client_id (int | Unset): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[AccessProfile]
        """

        return await _list_api_access_profiles.asyncio(
            api_client_id=api_client_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        *,
        api_client_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[AccessProfile]:
        """Every item of ``list`` (List access profiles), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_api_access_profiles.asyncio,
            self._client,
            self._client.pagination["list_api_access_profiles"],
            {
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    async def create(
        self,
        *,
        body: AccessProfileInput,
        api_client_id: int,
    ) -> AccessProfileWithSecrets:
        """Create an access profile

         Create an access profile for the API client `api_client_id`, giving it access to existing
        collections. Which secret fields are filled depends on `auth_type`: `secret` for token,
        `oauth_client_id` and `oauth_client_secret` for oauth2, `jwt_method` and `jwt_secret` for jwt;
        the others are null.

        Refused although valid:
        - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

        Args:
            api_client_id (int): Workato assigns integer ids.
            body (AccessProfileInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            AccessProfileWithSecrets
        """

        return await _create_api_access_profile.asyncio(
            body=body,
            api_client_id=api_client_id,
            client=self._client,
        )

    async def update(
        self,
        api_access_profile_id: int,
        *,
        body: AccessProfileInput,
    ) -> AccessProfileWithSecrets:
        """Update an access profile

         Replace the profile's settings (every required field is sent again). Changing `auth_type`
        issues the new type's secrets; keeping it keeps them.

        Refused although valid:
        - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

        Args:
            api_access_profile_id (int): Workato assigns integer ids.
            body (AccessProfileInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            AccessProfileWithSecrets
        """

        return await _update_api_access_profile.asyncio(
            api_access_profile_id=api_access_profile_id,
            body=body,
            client=self._client,
        )

    async def enable(
        self,
        api_access_profile_id: int,
    ) -> Success:
        """Enable an access profile

         Lets the profile's client call APIs again. Enabling an active profile succeeds.

        Args:
            api_access_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _enable_api_access_profile.asyncio(
            api_access_profile_id=api_access_profile_id,
            client=self._client,
        )

    async def disable(
        self,
        api_access_profile_id: int,
    ) -> Success:
        """Disable an access profile

         Stops the profile's client from calling APIs. Disabling an inactive profile succeeds.

        Args:
            api_access_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _disable_api_access_profile.asyncio(
            api_access_profile_id=api_access_profile_id,
            client=self._client,
        )

    async def refresh_secret(
        self,
        api_access_profile_id: int,
    ) -> AccessProfileWithSecrets:
        """Refresh an access profile's token or secret

         Issues a new `secret` for a token profile, or a new `oauth_client_id` and
        `oauth_client_secret` for an oauth2 profile. Fails with 400 for jwt and oidc profiles,
        which hold no secret of Workato's.

        Refused although valid:
        - 400: The profile's auth_type is jwt or oidc, which hold no secret of Workato's.

        Args:
            api_access_profile_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            AccessProfileWithSecrets
        """

        return await _refresh_api_access_profile_secret.asyncio(
            api_access_profile_id=api_access_profile_id,
            client=self._client,
        )
