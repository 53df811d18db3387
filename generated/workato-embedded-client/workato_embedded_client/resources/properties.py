"""The ``properties`` operations of the Workato Embedded Partner API as methods: ``client.properties.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.properties.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from .._runtime import ApiClient as _ApiClient
from ..api.properties import list_properties as _list_properties
from ..api.properties import upsert_properties as _upsert_properties
from ..models.properties_input import PropertiesInput
from ..models.property_values import PropertyValues
from ..models.success import Success
from ..types import UNSET, Unset


class PropertiesResource:
    """The ``properties`` operations: ``WorkatoEmbeddedClient().properties``.

    Environment and project properties of a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        managed_user_id: str,
        *,
        prefix: str,
        project_id: int | Unset = UNSET,
    ) -> PropertyValues:
        """List environment or project properties by prefix

         The properties whose names start with `prefix`, as `{"result": {name: value}}`. Without
        `project_id` these are the account's environment properties; with it, that project's
        properties.

        Args:
            managed_user_id (str):
            prefix (str):
            project_id (int | Unset): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PropertyValues
        """

        return _list_properties.sync(
            managed_user_id=managed_user_id,
            prefix=prefix,
            project_id=project_id,
            client=self._client,
        )

    def upsert(
        self,
        managed_user_id: str,
        *,
        body: PropertiesInput,
        project_id: int | Unset = UNSET,
    ) -> Success:
        """Upsert environment or project properties

         Create or overwrite the properties named in `properties`; others are kept. Without
        `project_id` they are environment properties of the account; with it, that project's.

        Refused although valid:
        - 400 (properties): The account or project would hold more than 1,000 properties.

        Args:
            managed_user_id (str):
            project_id (int | Unset): Workato assigns integer ids.
            body (PropertiesInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _upsert_properties.sync(
            managed_user_id=managed_user_id,
            body=body,
            project_id=project_id,
            client=self._client,
        )


class AsyncPropertiesResource:
    """The ``properties`` operations (async): ``AsyncWorkatoEmbeddedClient().properties``.

    Environment and project properties of a customer account.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        managed_user_id: str,
        *,
        prefix: str,
        project_id: int | Unset = UNSET,
    ) -> PropertyValues:
        """List environment or project properties by prefix

         The properties whose names start with `prefix`, as `{"result": {name: value}}`. Without
        `project_id` these are the account's environment properties; with it, that project's
        properties.

        Args:
            managed_user_id (str):
            prefix (str):
            project_id (int | Unset): Workato assigns integer ids.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            PropertyValues
        """

        return await _list_properties.asyncio(
            managed_user_id=managed_user_id,
            prefix=prefix,
            project_id=project_id,
            client=self._client,
        )

    async def upsert(
        self,
        managed_user_id: str,
        *,
        body: PropertiesInput,
        project_id: int | Unset = UNSET,
    ) -> Success:
        """Upsert environment or project properties

         Create or overwrite the properties named in `properties`; others are kept. Without
        `project_id` they are environment properties of the account; with it, that project's.

        Refused although valid:
        - 400 (properties): The account or project would hold more than 1,000 properties.

        Args:
            managed_user_id (str):
            project_id (int | Unset): Workato assigns integer ids.
            body (PropertiesInput):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _upsert_properties.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            project_id=project_id,
            client=self._client,
        )
