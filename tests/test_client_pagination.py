"""Auto-pagination from `x-pagination`, against the WorkReduce fake (cursor style)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from workreduce_client import NotFoundError, WorkReduceClient
from workreduce_client._runtime.pagination import Paging, iterate
from workreduce_client.api.orders import cancel_order, create_order
from workreduce_client.models import NewOrderForm, OrderStatus

from .conftest import TOKEN


@pytest.fixture
def requests() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(workreduce_url, requests) -> WorkReduceClient:
    return WorkReduceClient(
        api_key=TOKEN, base_url=workreduce_url, httpx_args={"event_hooks": {"request": [requests.append]}}
    )


def create(client: WorkReduceClient, count: int) -> list[str]:
    body = NewOrderForm(name="o", task_type="recon")
    return [create_order.sync(client=client, body=body).order_number for _ in range(count)]


def queries(requests: list[httpx.Request]) -> list[dict[str, str]]:
    return [dict(r.url.params) for r in requests if r.url.path == "/v2/orders" and r.method == "GET"]


def test_every_order_newest_first_across_pages(client, requests):
    numbers = create(client, 25)
    assert [o.order_number for o in client.iter_list_orders(limit=10)] == numbers[::-1]
    assert queries(requests) == [
        {"limit": "10"},
        {"limit": "10", "starting_after": numbers[15]},
        {"limit": "10", "starting_after": numbers[5]},
    ]


def test_an_exact_multiple_of_the_page_size_ends_on_an_empty_page(client, requests):
    numbers = create(client, 20)
    assert [o.order_number for o in client.iter_list_orders(limit=10)] == numbers[::-1]
    assert [q.get("starting_after") for q in queries(requests)] == [None, numbers[10], numbers[0]]


def test_an_empty_list_is_one_request(client, requests):
    assert list(client.iter_list_orders()) == []
    assert queries(requests) == [{"limit": "100"}]  # the spec's max_size when no size is given


def test_filters_pass_through_and_a_cursor_sets_the_start(client):
    numbers = create(client, 5)
    cancel_order.sync(client=client, order_number=numbers[1])
    canceled = client.iter_list_orders(status=OrderStatus.CLIENT_CANCELED, limit=1)
    assert [o.order_number for o in canceled] == [numbers[1]]
    older = client.iter_list_orders(starting_after=numbers[3], limit=2)
    assert [o.order_number for o in older] == numbers[2::-1]


def test_async_iteration(client, workreduce_url):
    numbers = create(client, 7)
    async_client = WorkReduceClient(api_key=TOKEN, base_url=workreduce_url)  # sync event hooks above

    async def collect() -> list[str]:
        return [o.order_number async for o in async_client.aiter_list_orders(limit=3)]

    assert asyncio.run(collect()) == numbers[::-1]


def test_errors_surface_as_typed_errors(client):
    with pytest.raises(NotFoundError):
        list(client.iter_list_orders(starting_after="12345678"))


def test_the_paging_comes_from_the_spec():
    assert WorkReduceClient.pagination["list_orders"] == Paging(
        style="cursor",
        size_param="limit",
        max_size=100,
        next_param="starting_after",
        previous_param="ending_before",
        cursor_field="order_number",
    )


@pytest.mark.parametrize(("total", "requests_made"), [(0, 1), (5, 1), (6, 2), (7, 2), (12, 3)])
def test_page_style_engine_at_edges(total, requests_made):
    """The page style, until an API with page-style lists (Workato) has a fake here."""
    items = list(range(total))
    asked: list[dict] = []

    def fetch(client: object, **params: int) -> list[int]:
        asked.append(params)
        start = (params["page"] - 1) * params["per_page"]
        return items[start : start + params["per_page"]]

    paging = Paging(style="page", page_param="page", size_param="per_page", max_size=3, first_page=1)
    assert list(iterate(fetch, None, paging, {"per_page": 6})) == items
    assert [a["page"] for a in asked] == list(range(1, requests_made + 1))


def test_an_items_field_holds_the_list():
    pages = {1: {"data": [{"id": "a"}, {"id": "b"}]}, 2: {"data": []}}
    paging = Paging(style="page", page_param="page", size_param="per_page", max_size=2, items="data")
    found = iterate(lambda client, **params: pages[params["page"]], None, paging, {})
    assert [item["id"] for item in found] == ["a", "b"]
