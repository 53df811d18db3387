"""WorkReduce API clients with the vendor's authentication and servers built in.

``WorkReduceClient`` and ``AsyncWorkReduceClient`` have the same settings and the same resources, one
per tag of the spec (``client.<tag>.<method>(...)``); the async one's methods are coroutines and its
paging iterators are async iterators.
Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator
from typing import ClassVar

from attrs import Factory as _Factory
from attrs import define, field

from ._runtime import ApiClient as _ApiClient
from ._runtime import ServerVariable as _ServerVariable
from ._runtime.pagination import Paging as _Paging
from ._runtime.pagination import aiterate, iterate
from .api.orders import list_orders as _list_orders
from .models import Order
from .models.order import Order
from .models.order_status import OrderStatus
from .resources import (
    AsyncOrdersResource,
    AsyncTasksResource,
    OrdersResource,
    TasksResource,
)
from .types import UNSET, Unset


@define(repr=False)
class BaseWorkReduceClient(_ApiClient):
    """What ``WorkReduceClient`` and ``AsyncWorkReduceClient`` share: credential, servers, retries, timeouts.

    Sends ``Authorization: {token}`` on every request, with ``{token}`` being
    ``api_key``. The base URL is ``https://api.workreduce.com``.
    Pass ``base_url=`` to use any other server (a fake, a proxy); it always wins.
    ``timeout`` is seconds or an ``httpx.Timeout`` (default: 5 s to connect, 30 s for the rest).
    """

    api_key: str = field(kw_only=True, repr=False)

    credential_field: ClassVar[str] = "api_key"
    header_format: ClassVar[str] = "{token}"
    server_url: ClassVar[str] = "https://api.workreduce.com"
    field_errors_at: ClassVar[str | None] = "/errors"
    server_variables: ClassVar[dict[str, _ServerVariable]] = {}
    pagination: ClassVar[dict[str, _Paging]] = {
        "list_orders": _Paging(
            style="cursor",
            size_param="limit",
            max_size=100,
            next_param="starting_after",
            previous_param="ending_before",
            cursor_field="order_number",
        ),
    }

    def iter_list_orders(
        self,
        *,
        status: OrderStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        ending_before: str | Unset = UNSET,
    ) -> Iterator[Order]:
        """Every item of ``list_orders`` (List orders, newest first, with cursor pagination), fetching pages as needed.

        The same as ``client.orders.list_all(...)`` of the resources.
        """
        return iterate(
            _list_orders.sync,
            self,
            self.pagination["list_orders"],
            {
                "status": status,
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
            },
        )

    def aiter_list_orders(
        self,
        *,
        status: OrderStatus | Unset = UNSET,
        limit: int | Unset = UNSET,
        starting_after: str | Unset = UNSET,
        ending_before: str | Unset = UNSET,
    ) -> AsyncIterator[Order]:
        """``iter_list_orders`` for ``async for``."""
        return aiterate(
            _list_orders.asyncio,
            self,
            self.pagination["list_orders"],
            {
                "status": status,
                "limit": limit,
                "starting_after": starting_after,
                "ending_before": ending_before,
            },
        )


@define(repr=False)
class WorkReduceClient(BaseWorkReduceClient):
    """Client for the WorkReduce API: ``client.<tag>.<method>(...)``.

    Resources:
        ``orders``: ``list``, ``create``, ``get``, ``update``, ``cancel`` (and ``list_all``)
        ``tasks``: ``list_types``

    Settings as ``BaseWorkReduceClient``: the credential, servers, ``timeout``, retries.
    """

    orders: OrdersResource = field(init=False, repr=False, eq=False, default=_Factory(OrdersResource, takes_self=True))
    tasks: TasksResource = field(init=False, repr=False, eq=False, default=_Factory(TasksResource, takes_self=True))


@define(repr=False)
class AsyncWorkReduceClient(BaseWorkReduceClient):
    """Async client for the WorkReduce API: ``client.<tag>.<method>(...)``, awaited.

    Resources:
        ``orders``: ``list``, ``create``, ``get``, ``update``, ``cancel`` (and ``list_all``)
        ``tasks``: ``list_types``

    Settings as ``BaseWorkReduceClient``: the credential, servers, ``timeout``, retries.
    """

    orders: AsyncOrdersResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncOrdersResource, takes_self=True)
    )
    tasks: AsyncTasksResource = field(
        init=False, repr=False, eq=False, default=_Factory(AsyncTasksResource, takes_self=True)
    )
