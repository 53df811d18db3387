"""The ``custom_connectors`` operations of the Workato Embedded Partner API as methods: ``client.custom_connectors.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.custom_connectors.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.custom_connectors import get_custom_connector as _get_custom_connector
from ..api.custom_connectors import list_custom_connectors as _list_custom_connectors
from ..api.custom_connectors import share_custom_connector_version as _share_custom_connector_version
from ..api.custom_connectors import share_recipe as _share_recipe
from ..api.custom_connectors import suppress_custom_connector_version as _suppress_custom_connector_version
from ..models.custom_connector import CustomConnector
from ..models.custom_connector_list import CustomConnectorList
from ..models.success import Success
from ..types import UNSET, Unset


class CustomConnectorsResource:
    """The ``custom_connectors`` operations: ``WorkatoEmbeddedClient().custom_connectors``.

    The partner's custom connectors, and which version Embedded customers get.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        *,
        title: str | Unset = UNSET,
        oem_shared: bool | Unset = UNSET,
    ) -> CustomConnectorList:
        """List custom connectors

         The partner's custom connectors. `title` matches any part of the title, case-insensitively;
        `oem_shared: true` keeps the connectors with a version shared with Embedded customers
        (`oem_shared_version` not null), `false` those without.

        Args:
            title (str | Unset):
            oem_shared (bool | Unset):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomConnectorList
        """

        return _list_custom_connectors.sync(
            title=title,
            oem_shared=oem_shared,
            client=self._client,
        )

    def get(
        self,
        custom_connector_id: int,
    ) -> CustomConnector:
        """Get a custom connector

        Args:
            custom_connector_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomConnector
        """

        return _get_custom_connector.sync(
            custom_connector_id=custom_connector_id,
            client=self._client,
        )

    def share_version(
        self,
        custom_connector_id: int,
        version: int,
    ) -> Success:
        """Share a custom connector version with Embedded customers

         Makes `version` (one of the connector's `released_versions`) the version Embedded customers
        get, replacing any version shared before: afterwards the connector has
        `oem_shared_version: <version>` and `list_custom_connectors` with `oem_shared=true` lists it.
        An unknown connector or a version it never released is 404.

        Args:
            custom_connector_id (int): Workato assigns integer ids.
            version (int):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _share_custom_connector_version.sync(
            custom_connector_id=custom_connector_id,
            version=version,
            client=self._client,
        )

    def suppress_version(
        self,
        custom_connector_id: int,
    ) -> Success:
        """Stop sharing a custom connector with Embedded customers

         Removes the shared version: afterwards `oem_shared_version` is null and the connector is no
        longer listed with `oem_shared=true`. Suppressing a connector with no shared version succeeds
        and changes nothing.

        Args:
            custom_connector_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _suppress_custom_connector_version.sync(
            custom_connector_id=custom_connector_id,
            client=self._client,
        )

    def share_recipe(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> Success:
        """Share a recipe containing a custom connector

         Shares the customer's recipe, with the custom connectors it uses, with the Embedded partner.

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _share_recipe.sync(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )


class AsyncCustomConnectorsResource:
    """The ``custom_connectors`` operations (async): ``AsyncWorkatoEmbeddedClient().custom_connectors``.

    The partner's custom connectors, and which version Embedded customers get.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        title: str | Unset = UNSET,
        oem_shared: bool | Unset = UNSET,
    ) -> CustomConnectorList:
        """List custom connectors

         The partner's custom connectors. `title` matches any part of the title, case-insensitively;
        `oem_shared: true` keeps the connectors with a version shared with Embedded customers
        (`oem_shared_version` not null), `false` those without.

        Args:
            title (str | Unset):
            oem_shared (bool | Unset):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomConnectorList
        """

        return await _list_custom_connectors.asyncio(
            title=title,
            oem_shared=oem_shared,
            client=self._client,
        )

    async def get(
        self,
        custom_connector_id: int,
    ) -> CustomConnector:
        """Get a custom connector

        Args:
            custom_connector_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomConnector
        """

        return await _get_custom_connector.asyncio(
            custom_connector_id=custom_connector_id,
            client=self._client,
        )

    async def share_version(
        self,
        custom_connector_id: int,
        version: int,
    ) -> Success:
        """Share a custom connector version with Embedded customers

         Makes `version` (one of the connector's `released_versions`) the version Embedded customers
        get, replacing any version shared before: afterwards the connector has
        `oem_shared_version: <version>` and `list_custom_connectors` with `oem_shared=true` lists it.
        An unknown connector or a version it never released is 404.

        Args:
            custom_connector_id (int): Workato assigns integer ids.
            version (int):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _share_custom_connector_version.asyncio(
            custom_connector_id=custom_connector_id,
            version=version,
            client=self._client,
        )

    async def suppress_version(
        self,
        custom_connector_id: int,
    ) -> Success:
        """Stop sharing a custom connector with Embedded customers

         Removes the shared version: afterwards `oem_shared_version` is null and the connector is no
        longer listed with `oem_shared=true`. Suppressing a connector with no shared version succeeds
        and changes nothing.

        Args:
            custom_connector_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _suppress_custom_connector_version.asyncio(
            custom_connector_id=custom_connector_id,
            client=self._client,
        )

    async def share_recipe(
        self,
        managed_user_id: str,
        recipe_id: int,
    ) -> Success:
        """Share a recipe containing a custom connector

         Shares the customer's recipe, with the custom connectors it uses, with the Embedded partner.

        Args:
            managed_user_id (str):
            recipe_id (int): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _share_recipe.asyncio(
            managed_user_id=managed_user_id,
            recipe_id=recipe_id,
            client=self._client,
        )
