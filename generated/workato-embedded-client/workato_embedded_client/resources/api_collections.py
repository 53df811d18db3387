"""The ``api_collections`` operations of the Workato Embedded Partner API as methods: ``client.api_collections.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.api_collections.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.api_collections import create_api_collection as _create_api_collection
from ..api.api_collections import list_api_collections as _list_api_collections
from ..models.api_collection import ApiCollection
from ..models.api_collection_input import ApiCollectionInput
from ..models.api_collection_list import ApiCollectionList
from ..types import UNSET, Unset


class ApiCollectionsResource:
    """The ``api_collections`` operations: ``WorkatoEmbeddedClient().api_collections``.

    API collections in a customer account.
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
    ) -> ApiCollectionList:
        """List API collections in a customer account

         The account's API collections, one page at a time, wrapped in `result`.

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
            ApiCollectionList
        """

        return _list_api_collections.sync(
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
    ) -> Iterator[ApiCollection]:
        """Every item of ``list`` (List API collections in a customer account), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_api_collections.sync,
            self._client,
            self._client.pagination["list_api_collections"],
            {
                "managed_user_id": managed_user_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def create(
        self,
        managed_user_id: str,
        *,
        body: ApiCollectionInput,
        project_id: str | Unset = UNSET,
    ) -> ApiCollection:
        """Create an API collection in a customer account

         Create an empty API collection in the account, in the project `project_id` when given.

        Refused although valid:
        - 400 (project_id): project_id names no project (top-level folder) of the account.

        Args:
            managed_user_id (str):
            project_id (str | Unset):
            body (ApiCollectionInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiCollection
        """

        return _create_api_collection.sync(
            managed_user_id=managed_user_id,
            body=body,
            project_id=project_id,
            client=self._client,
        )


class AsyncApiCollectionsResource:
    """The ``api_collections`` operations (async): ``AsyncWorkatoEmbeddedClient().api_collections``.

    API collections in a customer account.
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
    ) -> ApiCollectionList:
        """List API collections in a customer account

         The account's API collections, one page at a time, wrapped in `result`.

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
            ApiCollectionList
        """

        return await _list_api_collections.asyncio(
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
    ) -> AsyncIterator[ApiCollection]:
        """Every item of ``list`` (List API collections in a customer account), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_api_collections.asyncio,
            self._client,
            self._client.pagination["list_api_collections"],
            {
                "managed_user_id": managed_user_id,
                "per_page": per_page,
                "page": page,
            },
        )

    async def create(
        self,
        managed_user_id: str,
        *,
        body: ApiCollectionInput,
        project_id: str | Unset = UNSET,
    ) -> ApiCollection:
        """Create an API collection in a customer account

         Create an empty API collection in the account, in the project `project_id` when given.

        Refused although valid:
        - 400 (project_id): project_id names no project (top-level folder) of the account.

        Args:
            managed_user_id (str):
            project_id (str | Unset):
            body (ApiCollectionInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiCollection
        """

        return await _create_api_collection.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            project_id=project_id,
            client=self._client,
        )
