"""The ``folders`` operations of the Workato Embedded Partner API as methods: ``client.folders.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.folders.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.folders import create_folder as _create_folder
from ..api.folders import list_folders as _list_folders
from ..models.folder import Folder
from ..models.folder_input import FolderInput
from ..models.folder_list import FolderList
from ..types import UNSET, Unset


class FoldersResource:
    """The ``folders`` operations: ``WorkatoEmbeddedClient().folders``.

    Folders of a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
        *,
        parent_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> FolderList:
        """List folders in a customer account

         The account's folders, or the direct children of `parent_id`, one page at a time, wrapped in
        `result`.

        Args:
            managed_user_id (str):
            parent_id (int | Unset): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            FolderList
        """

        return _list_folders.sync(
            managed_user_id=managed_user_id,
            parent_id=parent_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        parent_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[Folder]:
        """Every item of ``list`` (List folders in a customer account), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_folders.sync,
            self._client,
            self._client.pagination["list_folders"],
            {
                "managed_user_id": managed_user_id,
                "parent_id": parent_id,
                "per_page": per_page,
                "page": page,
            },
        )

    def create(
        self,
        managed_user_id: str,
        *,
        body: FolderInput,
    ) -> Folder:
        """Create a folder in a customer account

         Create a folder named `name` inside `parent_id`, or at the top level without it.

        Refused although valid:
        - 400 (parent_id): parent_id names no folder of the account.

        Args:
            managed_user_id (str):
            body (FolderInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Folder
        """

        return _create_folder.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )


class AsyncFoldersResource:
    """The ``folders`` operations (async): ``AsyncWorkatoEmbeddedClient().folders``.

    Folders of a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
        *,
        parent_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> FolderList:
        """List folders in a customer account

         The account's folders, or the direct children of `parent_id`, one page at a time, wrapped in
        `result`.

        Args:
            managed_user_id (str):
            parent_id (int | Unset): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            FolderList
        """

        return await _list_folders.asyncio(
            managed_user_id=managed_user_id,
            parent_id=parent_id,
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        managed_user_id: str,
        *,
        parent_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[Folder]:
        """Every item of ``list`` (List folders in a customer account), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_folders.asyncio,
            self._client,
            self._client.pagination["list_folders"],
            {
                "managed_user_id": managed_user_id,
                "parent_id": parent_id,
                "per_page": per_page,
                "page": page,
            },
        )

    async def create(
        self,
        managed_user_id: str,
        *,
        body: FolderInput,
    ) -> Folder:
        """Create a folder in a customer account

         Create a folder named `name` inside `parent_id`, or at the top level without it.

        Refused although valid:
        - 400 (parent_id): parent_id names no folder of the account.

        Args:
            managed_user_id (str):
            body (FolderInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Folder
        """

        return await _create_folder.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )
