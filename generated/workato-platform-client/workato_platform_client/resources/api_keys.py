"""The ``api_keys`` operations of the Workato API Platform as methods: ``client.api_keys.<method>(...)``.

Each method calls the operation's functional module (``workato_platform_client.api.api_keys.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.api_keys import create_api_key as _create_api_key
from ..api.api_keys import list_api_keys as _list_api_keys
from ..api.api_keys import refresh_api_key_secret as _refresh_api_key_secret
from ..models import ApiKey
from ..models.api_key_input import ApiKeyInput
from ..models.api_key_page import ApiKeyPage
from ..models.api_key_response import ApiKeyResponse
from ..types import UNSET, Unset


class ApiKeysResource:
    """The ``api_keys`` operations: ``WorkatoPlatformClient().api_keys``.

    The keys of a v2 API client, each with its own token.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        api_client_id: int,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ApiKeyPage:
        """List the API keys of a client

         One page of the keys of the API client, oldest first, each with its current `auth_token`,
        inside a `data` envelope with the total `count`. An unknown client is 404.

        Args:
            api_client_id (int): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiKeyPage
        """

        return _list_api_keys.sync(
            api_client_id=api_client_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        api_client_id: int,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiKey]:
        """Every item of ``list`` (List the API keys of a client), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_api_keys.sync,
            self._client,
            self._client.pagination["list_api_keys"],
            {
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def create(
        self,
        api_client_id: int,
        *,
        body: ApiKeyInput,
    ) -> ApiKeyResponse:
        """Create an API key for a client

         Issue a new key for the API client. Workato generates its `auth_token`; a key created
        inactive cannot call any API until it is enabled. An unknown client is 404.

        Args:
            api_client_id (int): Workato assigns integer ids.
            body (ApiKeyInput): An API key as a create request sends it; Workato assigns its token.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiKeyResponse
        """

        return _create_api_key.sync(
            api_client_id=api_client_id,
            body=body,
            client=self._client,
        )

    def refresh_secret(
        self,
        api_client_id: int,
        api_key_id: int,
    ) -> ApiKeyResponse:
        """Refresh an API key's token

         Replace the key's `auth_token` with a new one; the old token stops working. The answer and
        every later list of the client's keys show the new token. An unknown client or key is 404.

        Args:
            api_client_id (int): Workato assigns integer ids.
            api_key_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiKeyResponse
        """

        return _refresh_api_key_secret.sync(
            api_client_id=api_client_id,
            api_key_id=api_key_id,
            client=self._client,
        )


class AsyncApiKeysResource:
    """The ``api_keys`` operations (async): ``AsyncWorkatoPlatformClient().api_keys``.

    The keys of a v2 API client, each with its own token.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        api_client_id: int,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ApiKeyPage:
        """List the API keys of a client

         One page of the keys of the API client, oldest first, each with its current `auth_token`,
        inside a `data` envelope with the total `count`. An unknown client is 404.

        Args:
            api_client_id (int): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiKeyPage
        """

        return await _list_api_keys.asyncio(
            api_client_id=api_client_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        api_client_id: int,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[ApiKey]:
        """Every item of ``list`` (List the API keys of a client), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_api_keys.asyncio,
            self._client,
            self._client.pagination["list_api_keys"],
            {
                "api_client_id": api_client_id,
                "per_page": per_page,
                "page": page,
            },
        )

    async def create(
        self,
        api_client_id: int,
        *,
        body: ApiKeyInput,
    ) -> ApiKeyResponse:
        """Create an API key for a client

         Issue a new key for the API client. Workato generates its `auth_token`; a key created
        inactive cannot call any API until it is enabled. An unknown client is 404.

        Args:
            api_client_id (int): Workato assigns integer ids.
            body (ApiKeyInput): An API key as a create request sends it; Workato assigns its token.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiKeyResponse
        """

        return await _create_api_key.asyncio(
            api_client_id=api_client_id,
            body=body,
            client=self._client,
        )

    async def refresh_secret(
        self,
        api_client_id: int,
        api_key_id: int,
    ) -> ApiKeyResponse:
        """Refresh an API key's token

         Replace the key's `auth_token` with a new one; the old token stops working. The answer and
        every later list of the client's keys show the new token. An unknown client or key is 404.

        Args:
            api_client_id (int): Workato assigns integer ids.
            api_key_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiKeyResponse
        """

        return await _refresh_api_key_secret.asyncio(
            api_client_id=api_client_id,
            api_key_id=api_key_id,
            client=self._client,
        )
