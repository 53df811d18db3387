"""The ``orders`` operations of the WorkReduce API as methods: ``client.orders.<method>(...)``.

Each method calls the operation's functional module (``workreduce_client.api.orders.<operation>``)
with the same arguments and returns what its ``sync`` / ``asyncio`` returns.
Generated from the spec by scripts/generate.py using overrides/sdk/resource.py.jinja; do not edit.
"""

import builtins
from collections.abc import AsyncIterator, Iterator

from .._runtime import ApiClient as _ApiClient
from .._runtime.pagination import aiterate, iterate
from ..api.orders import cancel_order as _cancel_order
from ..api.orders import create_order as _create_order
from ..api.orders import get_order as _get_order
from ..api.orders import list_orders as _list_orders
from ..api.orders import update_order as _update_order
from ..models.new_order_form import NewOrderForm
from ..models.new_order_multipart import NewOrderMultipart
from ..models.order import Order
from ..models.order_created import OrderCreated
from ..models.order_deleted import OrderDeleted
from ..models.order_status import OrderStatus
from ..models.order_update_form import OrderUpdateForm
from ..models.order_update_multipart import OrderUpdateMultipart
from ..models.order_updated import OrderUpdated
from ..types import UNSET, Unset


class OrdersResource:
    """The ``orders`` operations: ``WorkReduceClient().orders``.

    Orders and their lifecycle.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    def list(
        self,
        *,
        status: OrderStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        ending_before: str | Unset = UNSET,
    ) -> builtins.list[Order]:
        """List orders, newest first, with cursor pagination

         Refused although valid:
        - 400 (starting_after, ending_before): A cursor names no order of the account (the page asks for "an
        existing Order Number").

        Args:
            status (OrderStatus | Unset): Every status the page names. The values table lists Draft …
                Client Canceled; the lifecycle
                diagram adds "Completed"; the examples return "Complete". All three sources are accepted.
            limit (int | Unset): Default: `10` (the server's, when not sent).
            starting_after (str | Unset): All digits, left-padded with zeros to eight.
            ending_before (str | Unset): All digits, left-padded with zeros to eight.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[Order]
        """

        return _list_orders.sync(
            status=status,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            client=self._client,
        )

    def list_all(
        self,
        *,
        status: OrderStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        ending_before: str | Unset = UNSET,
    ) -> Iterator[Order]:
        """Every item of ``list`` (List orders, newest first, with cursor pagination), page after page.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``limit`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return iterate(
            _list_orders.sync,
            self._client,
            self._client.pagination["list_orders"],
            {
                "status": status,
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
            },
        )

    def create(
        self,
        *,
        body: NewOrderMultipart | NewOrderForm | Unset = UNSET,
    ) -> OrderCreated:
        """Create a new order

         Refused although valid:
        - 400 (task_type): task_type names no task type of the account (GET /v2/tasks).
        - 400 (order_number): The body carries an order_number, as the page's update sample does: an update
        is PUT /v2/orders/{order_number} (see update_order's deviation), so creating a second order from it
        is refused.

        Args:
            body (NewOrderMultipart):
            body (NewOrderForm):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            OrderCreated
        """

        return _create_order.sync(
            body=body,
            client=self._client,
        )

    def get(
        self,
        order_number: str,
    ) -> Order:
        """Get one order with all its details

        Args:
            order_number (str): All digits, left-padded with zeros to eight.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Order
        """

        return _get_order.sync(
            order_number=order_number,
            client=self._client,
        )

    def update(
        self,
        order_number: str,
        *,
        body: OrderUpdateMultipart | OrderUpdateForm | Unset = UNSET,
    ) -> OrderUpdated:
        """Update an existing order; new attachments are added, old ones kept

         Refused although valid:
        - 400 (task_type): task_type names no task type of the account (GET /v2/tasks).
        - 410: The order is canceled: it takes no more changes.

        Args:
            order_number (str): All digits, left-padded with zeros to eight.
            body (OrderUpdateMultipart):
            body (OrderUpdateForm):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            OrderUpdated
        """

        return _update_order.sync(
            order_number=order_number,
            body=body,
            client=self._client,
        )

    def cancel(
        self,
        order_number: str,
    ) -> OrderDeleted:
        """Cancel an order

         Refused although valid:
        - 410: The order is already canceled.

        Args:
            order_number (str): All digits, left-padded with zeros to eight.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            OrderDeleted
        """

        return _cancel_order.sync(
            order_number=order_number,
            client=self._client,
        )


class AsyncOrdersResource:
    """The ``orders`` operations (async): ``AsyncWorkReduceClient().orders``.

    Orders and their lifecycle.
    """

    __slots__ = ("_client",)

    def __init__(self, client: _ApiClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: OrderStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        ending_before: str | Unset = UNSET,
    ) -> builtins.list[Order]:
        """List orders, newest first, with cursor pagination

         Refused although valid:
        - 400 (starting_after, ending_before): A cursor names no order of the account (the page asks for "an
        existing Order Number").

        Args:
            status (OrderStatus | Unset): Every status the page names. The values table lists Draft …
                Client Canceled; the lifecycle
                diagram adds "Completed"; the examples return "Complete". All three sources are accepted.
            limit (int | Unset): Default: `10` (the server's, when not sent).
            starting_after (str | Unset): All digits, left-padded with zeros to eight.
            ending_before (str | Unset): All digits, left-padded with zeros to eight.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            builtins.list[Order]
        """

        return await _list_orders.asyncio(
            status=status,
            limit=limit,
            starting_after=starting_after,
            ending_before=ending_before,
            client=self._client,
        )

    def list_all(
        self,
        *,
        status: OrderStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        ending_before: str | Unset = UNSET,
    ) -> AsyncIterator[Order]:
        """Every item of ``list`` (List orders, newest first, with cursor pagination), page after page, for ``async for``.

        Takes ``list``'s arguments; the paging ones say where to start, and without
        ``limit`` each page asks for 100 items. Raises what ``list`` raises.
        """
        return aiterate(
            _list_orders.asyncio,
            self._client,
            self._client.pagination["list_orders"],
            {
                "status": status,
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
            },
        )

    async def create(
        self,
        *,
        body: NewOrderMultipart | NewOrderForm | Unset = UNSET,
    ) -> OrderCreated:
        """Create a new order

         Refused although valid:
        - 400 (task_type): task_type names no task type of the account (GET /v2/tasks).
        - 400 (order_number): The body carries an order_number, as the page's update sample does: an update
        is PUT /v2/orders/{order_number} (see update_order's deviation), so creating a second order from it
        is refused.

        Args:
            body (NewOrderMultipart):
            body (NewOrderForm):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            OrderCreated
        """

        return await _create_order.asyncio(
            body=body,
            client=self._client,
        )

    async def get(
        self,
        order_number: str,
    ) -> Order:
        """Get one order with all its details

        Args:
            order_number (str): All digits, left-padded with zeros to eight.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            Order
        """

        return await _get_order.asyncio(
            order_number=order_number,
            client=self._client,
        )

    async def update(
        self,
        order_number: str,
        *,
        body: OrderUpdateMultipart | OrderUpdateForm | Unset = UNSET,
    ) -> OrderUpdated:
        """Update an existing order; new attachments are added, old ones kept

         Refused although valid:
        - 400 (task_type): task_type names no task type of the account (GET /v2/tasks).
        - 410: The order is canceled: it takes no more changes.

        Args:
            order_number (str): All digits, left-padded with zeros to eight.
            body (OrderUpdateMultipart):
            body (OrderUpdateForm):

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            OrderUpdated
        """

        return await _update_order.asyncio(
            order_number=order_number,
            body=body,
            client=self._client,
        )

    async def cancel(
        self,
        order_number: str,
    ) -> OrderDeleted:
        """Cancel an order

         Refused although valid:
        - 410: The order is already canceled.

        Args:
            order_number (str): All digits, left-padded with zeros to eight.

        Raises:
            APIStatusError: For a 4xx/5xx status: AuthenticationError, ValidationError, NotFoundError, ConflictError,
                RateLimitError or ServerError (after the retries), all importable from the package.
            APIResponseValidationError: For a success whose body cannot be read.
            errors.UnexpectedStatus: For an undocumented 1xx-3xx status.
            APIConnectionError: If no response came (APITimeoutError if it timed out), after the retries.

        Returns:
            OrderDeleted
        """

        return await _cancel_order.asyncio(
            order_number=order_number,
            client=self._client,
        )
