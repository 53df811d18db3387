"""The ``picklists`` operations of the Workato Embedded Partner API as methods: ``client.picklists.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.picklists.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.picklists import list_picklist_values as _list_picklist_values
from ..models.picklist_request import PicklistRequest
from ..models.picklist_values import PicklistValues


class PicklistsResource:
    """The ``picklists`` operations: ``WorkatoEmbeddedClient().picklists``.

    Values a connection offers for a field, read live from the connected app.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list_values(
        self,
        managed_user_id: str,
        connection_id: int,
        *,
        body: PicklistRequest,
    ) -> PicklistValues:
        """Get picklist values of a connection

         The values the connected app offers for a picklist (e.g. the fields of a Salesforce object),
        as `[label, value, ...]` tuples. The connection must be authorized, else 400.

        Refused although valid:
        - 400: The connection is not authorized.

        Args:
            managed_user_id (str):
            connection_id (int): Workato assigns integer ids.
            body (PicklistRequest):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PicklistValues
        """

        return _list_picklist_values.sync(
            managed_user_id=managed_user_id,
            connection_id=connection_id,
            body=body,
            client=self._client,
        )


class AsyncPicklistsResource:
    """The ``picklists`` operations (async): ``AsyncWorkatoEmbeddedClient().picklists``.

    Values a connection offers for a field, read live from the connected app.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list_values(
        self,
        managed_user_id: str,
        connection_id: int,
        *,
        body: PicklistRequest,
    ) -> PicklistValues:
        """Get picklist values of a connection

         The values the connected app offers for a picklist (e.g. the fields of a Salesforce object),
        as `[label, value, ...]` tuples. The connection must be authorized, else 400.

        Refused although valid:
        - 400: The connection is not authorized.

        Args:
            managed_user_id (str):
            connection_id (int): Workato assigns integer ids.
            body (PicklistRequest):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PicklistValues
        """

        return await _list_picklist_values.asyncio(
            managed_user_id=managed_user_id,
            connection_id=connection_id,
            body=body,
            client=self._client,
        )
