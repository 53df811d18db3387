"""The ``connectors`` operations of the Workato Embedded Partner API as methods: ``client.connectors.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.connectors.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.connectors import get_connectors_metadata as _get_connectors_metadata
from ..api.connectors import list_all_connectors as _list_all_connectors
from ..models import Connector
from ..models.connector_list import ConnectorList
from ..models.connector_names import ConnectorNames
from ..models.connector_page import ConnectorPage
from ..types import UNSET, Unset


class ConnectorsResource:
    """The ``connectors`` operations: ``WorkatoEmbeddedClient().connectors``.

    Metadata of the standard and custom connectors.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def get_metadata(
        self,
        *,
        body: ConnectorNames,
    ) -> ConnectorList:
        """Query connector metadata

         Metadata of the connectors named in `applications`. Unknown names are left out.

        Args:
            body (ConnectorNames):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ConnectorList
        """

        return _get_connectors_metadata.sync(
            body=body,
            client=self._client,
        )

    def list_all(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ConnectorPage:
        """List all connectors

         One page of every standard and custom connector of the partner's account, with the total count.

        Args:
            page (int | Unset): Default: `1` (the server's, when not sent).
            per_page (int | Unset): Default: `100` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ConnectorPage
        """

        return _list_all_connectors.sync(
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def list_all_all(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> Iterator[Connector]:
        """Every item of ``list_all`` (List all connectors), page after page.

        Takes ``list_all``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list_all`` raises.
        """
        return iterate(
            _list_all_connectors.sync,
            self._client,
            self._client.pagination["list_all_connectors"],
            {
                "page": page,
                "per_page": per_page,
            },
        )


class AsyncConnectorsResource:
    """The ``connectors`` operations (async): ``AsyncWorkatoEmbeddedClient().connectors``.

    Metadata of the standard and custom connectors.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def get_metadata(
        self,
        *,
        body: ConnectorNames,
    ) -> ConnectorList:
        """Query connector metadata

         Metadata of the connectors named in `applications`. Unknown names are left out.

        Args:
            body (ConnectorNames):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ConnectorList
        """

        return await _get_connectors_metadata.asyncio(
            body=body,
            client=self._client,
        )

    async def list_all(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> ConnectorPage:
        """List all connectors

         One page of every standard and custom connector of the partner's account, with the total count.

        Args:
            page (int | Unset): Default: `1` (the server's, when not sent).
            per_page (int | Unset): Default: `100` (the server's, when not sent).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ConnectorPage
        """

        return await _list_all_connectors.asyncio(
            page=page,
            per_page=per_page,
            client=self._client,
        )

    def list_all_all(
        self,
        *,
        page: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
    ) -> AsyncIterator[Connector]:
        """Every item of ``list_all`` (List all connectors), page after page, for ``async for``.

        Takes ``list_all``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list_all`` raises.
        """
        return aiterate(
            _list_all_connectors.asyncio,
            self._client,
            self._client.pagination["list_all_connectors"],
            {
                "page": page,
                "per_page": per_page,
            },
        )
