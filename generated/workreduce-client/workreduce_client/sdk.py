"""WorkReduce API client with the vendor's authentication and servers built in.

Generated from the spec by scripts/generate.py using overrides/sdk/sdk.py.jinja; do not edit.
"""

from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

from attrs import define, field

from ._runtime import ApiClient, ServerVariable
from ._runtime.pagination import Paging, aiterate, iterate
from .api.orders import list_orders as _list_orders
from .models import Order


@define(repr=False)
class WorkReduceClient(ApiClient):
    """Client for the WorkReduce API.

    Sends ``Authorization: {token}`` on every request, with ``{token}`` being
    ``api_key``. The base URL is ``https://api.workreduce.com``.
    Pass ``base_url=`` to use any other server (a fake, a proxy); it always wins.
    """

    api_key: str = field(kw_only=True, repr=False)

    credential_field: ClassVar[str] = "api_key"
    header_format: ClassVar[str] = "{token}"
    server_url: ClassVar[str] = "https://api.workreduce.com"
    server_variables: ClassVar[dict[str, ServerVariable]] = {}
    pagination: ClassVar[dict[str, Paging]] = {
        "list_orders": Paging(
            style="cursor",
            size_param="limit",
            max_size=100,
            next_param="starting_after",
            previous_param="ending_before",
            cursor_field="order_number",
        ),
    }

    def iter_list_orders(self, **params: Any) -> Iterator[Order]:
        """Every item of ``list_orders`` (List orders, newest first, with cursor pagination), fetching pages as needed.

        Takes ``list_orders.sync``'s keyword arguments; the paging ones set where to start.
        Raises the typed errors of ``_runtime.errors`` like ``sync`` does.
        """
        return iterate(_list_orders.sync, self, self.pagination["list_orders"], params)

    def aiter_list_orders(self, **params: Any) -> AsyncIterator[Order]:
        """``iter_list_orders`` for ``async for``."""
        return aiterate(_list_orders.asyncio, self, self.pagination["list_orders"], params)
