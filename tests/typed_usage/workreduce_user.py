"""A WorkReduce user's script: facade (sync and async), functional modules, errors, paging, settings."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import httpx
from workreduce_client import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AsyncWorkReduceClient,
    NotFoundError,
    RateLimitError,
    ValidationError,
    WorkReduceClient,
    __version__,
)
from workreduce_client.api.orders import get_order, list_orders
from workreduce_client.models import (
    Error,
    NewOrderForm,
    Order,
    OrderCreated,
    OrderDeleted,
    OrderStatus,
    OrderUpdated,
    OrderUpdateForm,
    TaskType,
)
from workreduce_client.resources import AsyncOrdersResource, OrdersResource
from workreduce_client.types import Response


def sync_calls(base_url: str) -> None:
    client = WorkReduceClient(api_key="key", base_url=base_url, timeout=10, max_retries=3)
    assert_type(client.orders, OrdersResource)
    assert_type(client.orders.list(status=OrderStatus.ACTIVATED, limit=5), list[Order])
    created = client.orders.create(body=NewOrderForm(name="n", task_type="recon"))
    assert_type(created, OrderCreated)
    order = client.orders.get(created.order_number)
    assert_type(order, Order)
    assert_type(order.status, OrderStatus)
    updated = client.orders.update(order.order_number, body=OrderUpdateForm(name="renamed"))
    assert_type(updated, OrderUpdated)
    assert_type(client.orders.cancel(order.order_number), OrderDeleted)
    assert_type(client.tasks.list_types(), list[TaskType])
    assert_type(client.orders.list_all(status=OrderStatus.DRAFT), Iterator[Order])
    assert_type(client.iter_list_orders(limit=50), Iterator[Order])
    assert_type(client.with_timeout(httpx.Timeout(5, connect=1)), WorkReduceClient)
    assert_type(client.with_timeout(2.5), WorkReduceClient)
    # the functional modules, for those who prefer them
    assert_type(get_order.sync(client=client, order_number="00000001"), Order)
    assert_type(list_orders.sync(client=client, limit=3), list[Order])
    detailed = get_order.sync_detailed(client=client, order_number="00000001")
    assert_type(detailed, Response[Error | Order])  # documented error statuses parse too
    print(detailed.status_code, detailed.parsed)


def errors(client: WorkReduceClient) -> str:
    try:
        client.orders.get("99999999")
    except NotFoundError as error:
        return f"{error.status} {error.message} {error.response.status_code}"
    except ValidationError as error:
        return str(error.errors)
    except RateLimitError as error:
        return str(error.retry_after)
    except APIStatusError as error:
        return str(error.body)
    except APITimeoutError as error:
        return f"timed out: {error.request.url}"
    except APIConnectionError as error:
        return error.message
    except APIError as error:
        return error.url
    return __version__


async def async_calls(base_url: str) -> list[str]:
    async with AsyncWorkReduceClient(api_key="key", base_url=base_url, timeout=httpx.Timeout(3)) as client:
        assert_type(client.orders, AsyncOrdersResource)
        page = await client.orders.list(limit=2)
        assert_type(page, list[Order])
        one = await client.orders.get(page[0].order_number)
        assert_type(one, Order)
        every = client.orders.list_all(status=OrderStatus.ACTIVATED)
        assert_type(every, AsyncIterator[Order])
        return [order.order_number async for order in every]


if __name__ == "__main__":
    sync_calls("http://127.0.0.1:8000")
    print(errors(WorkReduceClient(api_key="key")))
    print(asyncio.run(async_calls("http://127.0.0.1:8000")))
