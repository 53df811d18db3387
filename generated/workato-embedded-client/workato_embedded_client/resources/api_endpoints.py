"""The ``api_endpoints`` operations of the Workato Embedded Partner API as methods: ``client.api_endpoints.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.api_endpoints.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.api_endpoints import disable_api_endpoint as _disable_api_endpoint
from ..api.api_endpoints import enable_api_endpoint as _enable_api_endpoint
from ..api.api_endpoints import list_api_endpoints as _list_api_endpoints
from ..models import ApiEndpoint
from ..models.api_endpoint_list import ApiEndpointList
from ..models.success import Success
from ..types import UNSET, Unset


class ApiEndpointsResource:
    """The ``api_endpoints`` operations: ``WorkatoEmbeddedClient().api_endpoints``.

    API endpoints in a customer account, each backed by a recipe.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
        *,
        api_collection_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ApiEndpointList:
        """List API endpoints in a customer account

         The account's API endpoints, or those of one collection, one page at a time, wrapped in `result`.

        Args:
            managed_user_id (str):
            api_collection_id (int | Unset): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiEndpointList
        """

        return _list_api_endpoints.sync(
            managed_user_id=managed_user_id,
            api_collection_id=api_collection_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        api_collection_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiEndpoint]:
        """Every item of ``list`` (List API endpoints in a customer account), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_api_endpoints.sync,
            self._client,
            self._client.pagination["list_api_endpoints"],
            {
                "managed_user_id": managed_user_id,
                "api_collection_id": api_collection_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def enable(
        self,
        managed_user_id: str,
        api_endpoint_id: int,
    ) -> Success:
        """Enable an API endpoint in a customer account

         Makes the endpoint callable. Its recipe must be running; otherwise the call fails with 400
        and the endpoint stays inactive. Enabling an active endpoint succeeds and changes nothing.

        Refused although valid:
        - 400: The endpoint's recipe is not running.

        Args:
            managed_user_id (str):
            api_endpoint_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _enable_api_endpoint.sync(
            managed_user_id=managed_user_id,
            api_endpoint_id=api_endpoint_id,
            client=self._client,
        )

    def disable(
        self,
        managed_user_id: str,
        api_endpoint_id: int,
    ) -> Success:
        """Disable an API endpoint in a customer account

         Stops clients from calling the endpoint. Disabling an inactive endpoint succeeds.

        Args:
            managed_user_id (str):
            api_endpoint_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _disable_api_endpoint.sync(
            managed_user_id=managed_user_id,
            api_endpoint_id=api_endpoint_id,
            client=self._client,
        )


class AsyncApiEndpointsResource:
    """The ``api_endpoints`` operations (async): ``AsyncWorkatoEmbeddedClient().api_endpoints``.

    API endpoints in a customer account, each backed by a recipe.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
        *,
        api_collection_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> ApiEndpointList:
        """List API endpoints in a customer account

         The account's API endpoints, or those of one collection, one page at a time, wrapped in `result`.

        Args:
            managed_user_id (str):
            api_collection_id (int | Unset): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiEndpointList
        """

        return await _list_api_endpoints.asyncio(
            managed_user_id=managed_user_id,
            api_collection_id=api_collection_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        api_collection_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[ApiEndpoint]:
        """Every item of ``list`` (List API endpoints in a customer account), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_api_endpoints.asyncio,
            self._client,
            self._client.pagination["list_api_endpoints"],
            {
                "managed_user_id": managed_user_id,
                "api_collection_id": api_collection_id,
                "per_page": per_page,
                "page": page,
            },
        )

    async def enable(
        self,
        managed_user_id: str,
        api_endpoint_id: int,
    ) -> Success:
        """Enable an API endpoint in a customer account

         Makes the endpoint callable. Its recipe must be running; otherwise the call fails with 400
        and the endpoint stays inactive. Enabling an active endpoint succeeds and changes nothing.

        Refused although valid:
        - 400: The endpoint's recipe is not running.

        Args:
            managed_user_id (str):
            api_endpoint_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _enable_api_endpoint.asyncio(
            managed_user_id=managed_user_id,
            api_endpoint_id=api_endpoint_id,
            client=self._client,
        )

    async def disable(
        self,
        managed_user_id: str,
        api_endpoint_id: int,
    ) -> Success:
        """Disable an API endpoint in a customer account

         Stops clients from calling the endpoint. Disabling an inactive endpoint succeeds.

        Args:
            managed_user_id (str):
            api_endpoint_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _disable_api_endpoint.asyncio(
            managed_user_id=managed_user_id,
            api_endpoint_id=api_endpoint_id,
            client=self._client,
        )
