"""The ``partner_types`` operations of the Outwork Partner API as methods: ``client.partner_types.<method>(...)``.

Each method calls the operation's functional module (``outwork_client.api.partner_types.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins

from .._runtime import ApiClient as _ApiClient
from ..api.partner_types import list_partner_types as _list_partner_types
from ..models.partner_type import PartnerType


class PartnerTypesResource:
    """The ``partner_types`` operations: ``OutworkClient().partner_types``.

    Partner types configured in the instance.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
    ) -> builtins.list[PartnerType]:
        """List the partner types created in the instance

         Only GET is allowed. Use a type's `name` as `partner_type` when applying.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[PartnerType]
        """

        return _list_partner_types.sync(
            client=self._client,
        )


class AsyncPartnerTypesResource:
    """The ``partner_types`` operations (async): ``AsyncOutworkClient().partner_types``.

    Partner types configured in the instance.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
    ) -> builtins.list[PartnerType]:
        """List the partner types created in the instance

         Only GET is allowed. Use a type's `name` as `partner_type` when applying.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[PartnerType]
        """

        return await _list_partner_types.asyncio(
            client=self._client,
        )
