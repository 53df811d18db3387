"""The ``customers`` operations of the Workato Embedded Partner API as methods: ``client.customers.<method>(...)``.

Each method calls the operation's functional module (``workato_embedded_client.api.customers.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.customers import create_customer as _create_customer
from ..api.customers import delete_customer as _delete_customer
from ..api.customers import get_customer as _get_customer
from ..api.customers import get_customers_usage as _get_customers_usage
from ..api.customers import list_customers as _list_customers
from ..api.customers import update_customer as _update_customer
from ..models.customer import Customer
from ..models.customer_input import CustomerInput
from ..models.customer_list import CustomerList
from ..models.customer_update import CustomerUpdate
from ..models.customers_usage import CustomersUsage
from ..models.success import Success
from ..types import UNSET, Unset


class CustomersResource:
    """The ``customers`` operations: ``WorkatoEmbeddedClient().customers``.

    Customer accounts (managed users) of the Embedded partner, and their task usage.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> CustomerList:
        """List customer accounts

         Every customer account of the partner, one page at a time, wrapped in `result`.

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
            CustomerList
        """

        return _list_customers.sync(
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> Iterator[Customer]:
        """Every item of ``list`` (List customer accounts), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_customers.sync,
            self._client,
            self._client.pagination["list_customers"],
            {
                "per_page": per_page,
                "page": page,
            },
        )

    def create(
        self,
        *,
        body: CustomerInput,
    ) -> Customer:
        """Create a customer account

         Provision a customer account. `name` and `notification_email` are required; without
        `plan_id` the partner's default plan applies. An `external_id` lets the partner address the
        account as `E<external_id>`; it must be unique among the partner's customers (a duplicate is
        refused with 400).

        Refused although valid:
        - 400 (external_id): external_id is already another customer account's (it addresses the account as
        E<external_id>).

        Args:
            body (CustomerInput): A new customer account (research S2 create section).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Customer
        """

        return _create_customer.sync(
            body=body,
            client=self._client,
        )

    def get_usage(
        self,
    ) -> CustomersUsage:
        """Get the task usage of all customer accounts by month

         Twelve months of task counts for every customer account, wrapped in `result`. This path is
        matched before `/api/managed_users/{managed_user_id}`; `usage` is not a valid customer id.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomersUsage
        """

        return _get_customers_usage.sync(
            client=self._client,
        )

    def get(
        self,
        managed_user_id: str,
    ) -> Customer:
        """Get a customer account

         One customer account, not wrapped. An external id (`E` + id) resolves to its customer.

        Args:
            managed_user_id (str):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Customer
        """

        return _get_customer.sync(
            managed_user_id=managed_user_id,
            client=self._client,
        )

    def update(
        self,
        managed_user_id: str,
        *,
        body: CustomerUpdate,
    ) -> Customer:
        """Update a customer account

         Change the fields sent; the others keep their values, and `null` clears a field that may be
        empty. Returns the whole account.

        Refused although valid:
        - 400 (external_id): external_id is already another customer account's (it addresses the account as
        E<external_id>).

        Args:
            managed_user_id (str):
            body (CustomerUpdate): Changes to a customer account (research S1 update page): only the
                fields sent change, and
                `null` clears a field.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Customer
        """

        return _update_customer.sync(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    def delete(
        self,
        managed_user_id: str,
    ) -> Success:
        """Delete a customer account

         Delete the account and everything it owns (members, roles, properties, folders, API platform
        objects, connections, recipes...). Afterwards the account and its children are 404. Workato
        marks this endpoint deprecated.

        Args:
            managed_user_id (str):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return _delete_customer.sync(
            managed_user_id=managed_user_id,
            client=self._client,
        )


class AsyncCustomersResource:
    """The ``customers`` operations (async): ``AsyncWorkatoEmbeddedClient().customers``.

    Customer accounts (managed users) of the Embedded partner, and their task usage.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> CustomerList:
        """List customer accounts

         Every customer account of the partner, one page at a time, wrapped in `result`.

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
            CustomerList
        """

        return await _list_customers.asyncio(
            per_page=per_page,
            page=page,
            client=self._client,
        )

    def list_all(
        self,
        *,
        per_page: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> AsyncIterator[Customer]:
        """Every item of ``list`` (List customer accounts), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``per_page`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_customers.asyncio,
            self._client,
            self._client.pagination["list_customers"],
            {
                "per_page": per_page,
                "page": page,
            },
        )

    async def create(
        self,
        *,
        body: CustomerInput,
    ) -> Customer:
        """Create a customer account

         Provision a customer account. `name` and `notification_email` are required; without
        `plan_id` the partner's default plan applies. An `external_id` lets the partner address the
        account as `E<external_id>`; it must be unique among the partner's customers (a duplicate is
        refused with 400).

        Refused although valid:
        - 400 (external_id): external_id is already another customer account's (it addresses the account as
        E<external_id>).

        Args:
            body (CustomerInput): A new customer account (research S2 create section).

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Customer
        """

        return await _create_customer.asyncio(
            body=body,
            client=self._client,
        )

    async def get_usage(
        self,
    ) -> CustomersUsage:
        """Get the task usage of all customer accounts by month

         Twelve months of task counts for every customer account, wrapped in `result`. This path is
        matched before `/api/managed_users/{managed_user_id}`; `usage` is not a valid customer id.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            CustomersUsage
        """

        return await _get_customers_usage.asyncio(
            client=self._client,
        )

    async def get(
        self,
        managed_user_id: str,
    ) -> Customer:
        """Get a customer account

         One customer account, not wrapped. An external id (`E` + id) resolves to its customer.

        Args:
            managed_user_id (str):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Customer
        """

        return await _get_customer.asyncio(
            managed_user_id=managed_user_id,
            client=self._client,
        )

    async def update(
        self,
        managed_user_id: str,
        *,
        body: CustomerUpdate,
    ) -> Customer:
        """Update a customer account

         Change the fields sent; the others keep their values, and `null` clears a field that may be
        empty. Returns the whole account.

        Refused although valid:
        - 400 (external_id): external_id is already another customer account's (it addresses the account as
        E<external_id>).

        Args:
            managed_user_id (str):
            body (CustomerUpdate): Changes to a customer account (research S1 update page): only the
                fields sent change, and
                `null` clears a field.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Customer
        """

        return await _update_customer.asyncio(
            managed_user_id=managed_user_id,
            body=body,
            client=self._client,
        )

    async def delete(
        self,
        managed_user_id: str,
    ) -> Success:
        """Delete a customer account

         Delete the account and everything it owns (members, roles, properties, folders, API platform
        objects, connections, recipes...). Afterwards the account and its children are 404. Workato
        marks this endpoint deprecated.

        Args:
            managed_user_id (str):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Success
        """

        return await _delete_customer.asyncio(
            managed_user_id=managed_user_id,
            client=self._client,
        )
