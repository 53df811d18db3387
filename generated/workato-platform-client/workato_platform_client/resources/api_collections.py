"""The ``api_collections`` operations of the Workato API Platform as methods: ``client.api_collections.<method>(...)``.

Each method calls the operation's functional module (``workato_platform_client.api.api_collections.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins
from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.api_collections import create_api_collection as _create_api_collection
from ..api.api_collections import list_api_collections as _list_api_collections
from ..models.api_collection import ApiCollection
from ..models.api_collection_input import ApiCollectionInput
from ..types import UNSET, Unset


class ApiCollectionsResource:
    """The ``api_collections`` operations: ``WorkatoPlatformClient().api_collections``.

    Groups of API endpoints published by a project.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> builtins.list[ApiCollection]:
        """List API collections

         Every API collection of the account, with the project it belongs to.

        Args:
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[ApiCollection]
        """

        return _list_api_collections.sync(
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[ApiCollection]:
        """Every item of ``list`` (List API collections), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_api_collections.sync,
            self._client,
            self._client.pagination["list_api_collections"],
            {
                "per_page": per_page,
                "page": page,
            },
        )

    def create(
        self,
        *,
        body: ApiCollectionInput,
        project_id: str,
    ) -> ApiCollection:
        """Create an API collection

         Create an API collection in the project named by `project_id`. It starts with no endpoints.

        Args:
            project_id (str):
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
            body=body,
            project_id=project_id,
            client=self._client,
        )


class AsyncApiCollectionsResource:
    """The ``api_collections`` operations (async): ``AsyncWorkatoPlatformClient().api_collections``.

    Groups of API endpoints published by a project.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> builtins.list[ApiCollection]:
        """List API collections

         Every API collection of the account, with the project it belongs to.

        Args:
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[ApiCollection]
        """

        return await _list_api_collections.asyncio(
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[ApiCollection]:
        """Every item of ``list`` (List API collections), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_api_collections.asyncio,
            self._client,
            self._client.pagination["list_api_collections"],
            {
                "per_page": per_page,
                "page": page,
            },
        )

    async def create(
        self,
        *,
        body: ApiCollectionInput,
        project_id: str,
    ) -> ApiCollection:
        """Create an API collection

         Create an API collection in the project named by `project_id`. It starts with no endpoints.

        Args:
            project_id (str):
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
            body=body,
            project_id=project_id,
            client=self._client,
        )
