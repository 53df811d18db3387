"""The ``v2_api_clients`` operations of the Workato API Platform as methods: ``client.v2_api_clients.<method>(...)``.

Each method calls the operation's functional module (``workato_platform_client.api.v2_api_clients.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins
from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.v2_api_clients import create_v2_api_client as _create_v2_api_client
from ..api.v2_api_clients import list_v2_api_clients as _list_v2_api_clients
from ..models import ApiClientV2
from ..models.api_client_v2_input import ApiClientV2Input
from ..models.api_client_v2_page import ApiClientV2Page
from ..models.api_client_v2_response import ApiClientV2Response
from ..types import UNSET, Unset


class V2ApiClientsResource:
    """The ``v2_api_clients`` operations: ``WorkatoPlatformClient().v2_api_clients``.

    API clients in the v2 shape, which authenticate with API keys (the successors of v1 clients and
    access profiles).
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        *,
        project_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        cert_bundle_ids: builtins.list[int] | Unset = UNSET,
    ) -> ApiClientV2Page:
        """List API clients (v2)

         One page of the account's API clients in the v2 shape (auth type, collections, policies,
        key counts), inside a `data` envelope with the total `count`. `project_id` keeps the clients
        of one project; `cert_bundle_ids` those tied to any of the given certificate bundles.

        Args:
            project_id (int | Unset): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).
            cert_bundle_ids (list[int] | Unset):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiClientV2Page
        """

        return _list_v2_api_clients.sync(
            project_id=project_id,
            per_page=per_page,
            page=page,
            cert_bundle_ids=cert_bundle_ids,
            client=self._client,
        )

    def list_all(
        self,
        *,
        project_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        cert_bundle_ids: builtins.list[int] | Unset = UNSET,
    ) -> Iterator[ApiClientV2]:
        """Every item of ``list`` (List API clients (v2)), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_v2_api_clients.sync,
            self._client,
            self._client.pagination["list_v2_api_clients"],
            {
                "project_id": project_id,
                "per_page": per_page,
                "page": page,
                "cert_bundle_ids": cert_bundle_ids,
            },
        )

    def create(
        self,
        *,
        body: ApiClientV2Input,
    ) -> ApiClientV2Response:
        """Create an API client (v2)

         Create an API client with its authentication settings and the collections it may call (each
        must exist). A token client's answer carries its `api_token`; keys are added with the api_keys
        calls.

        Refused although valid:
        - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

        Args:
            body (ApiClientV2Input): A v2 API client as a create request sends it; the server assigns
                the rest.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiClientV2Response
        """

        return _create_v2_api_client.sync(
            body=body,
            client=self._client,
        )


class AsyncV2ApiClientsResource:
    """The ``v2_api_clients`` operations (async): ``AsyncWorkatoPlatformClient().v2_api_clients``.

    API clients in the v2 shape, which authenticate with API keys (the successors of v1 clients and
    access profiles).
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        project_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        cert_bundle_ids: builtins.list[int] | Unset = UNSET,
    ) -> ApiClientV2Page:
        """List API clients (v2)

         One page of the account's API clients in the v2 shape (auth type, collections, policies,
        key counts), inside a `data` envelope with the total `count`. `project_id` keeps the clients
        of one project; `cert_bundle_ids` those tied to any of the given certificate bundles.

        Args:
            project_id (int | Unset): Workato assigns integer ids.
            per_page (int | Unset): Default: `100` (the server's, when not sent).
            page (int | Unset): Default: `1` (the server's, when not sent).
            cert_bundle_ids (list[int] | Unset):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiClientV2Page
        """

        return await _list_v2_api_clients.asyncio(
            project_id=project_id,
            per_page=per_page,
            page=page,
            cert_bundle_ids=cert_bundle_ids,
            client=self._client,
        )

    def list_all(
        self,
        *,
        project_id: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
        cert_bundle_ids: builtins.list[int] | Unset = UNSET,
    ) -> AsyncIterator[ApiClientV2]:
        """Every item of ``list`` (List API clients (v2)), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_v2_api_clients.asyncio,
            self._client,
            self._client.pagination["list_v2_api_clients"],
            {
                "project_id": project_id,
                "per_page": per_page,
                "page": page,
                "cert_bundle_ids": cert_bundle_ids,
            },
        )

    async def create(
        self,
        *,
        body: ApiClientV2Input,
    ) -> ApiClientV2Response:
        """Create an API client (v2)

         Create an API client with its authentication settings and the collections it may call (each
        must exist). A token client's answer carries its `api_token`; keys are added with the api_keys
        calls.

        Refused although valid:
        - 400 (api_collection_ids): api_collection_ids names a collection that does not exist.

        Args:
            body (ApiClientV2Input): A v2 API client as a create request sends it; the server assigns
                the rest.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            ApiClientV2Response
        """

        return await _create_v2_api_client.asyncio(
            body=body,
            client=self._client,
        )
