"""Every WorkReduce operation through the generated client against the fake."""

from __future__ import annotations

import asyncio
import io

import pytest
from workreduce_client import WorkReduceClient
from workreduce_client.api.orders import cancel_order, create_order, get_order, list_orders, update_order
from workreduce_client.api.tasks import list_task_types
from workreduce_client.models import (
    Error,
    NewOrderForm,
    NewOrderMultipart,
    Order,
    OrderStatus,
    OrderUpdateForm,
    OrderUpdateMultipart,
)
from workreduce_client.types import File

from .conftest import TOKEN


@pytest.fixture
def client(workreduce_url) -> WorkReduceClient:
    return WorkReduceClient(api_key=TOKEN, base_url=workreduce_url)


def new_order(client: WorkReduceClient, name: str = "Order", task_type: str = "qa_screenshot") -> str:
    created = create_order.sync(client=client, body=NewOrderForm(name=name, task_type=task_type))
    return created.order_number


def test_task_types(client):
    types = list_task_types.sync(client=client)
    assert [(t.task_type, t.task_type_category) for t in types] == [
        ("qa_screenshot", "Screenshots"),
        ("recon", "Reconciliation"),
    ]


def test_create_with_two_attachments_stores_name_size_and_type(client):
    files = [
        File(payload=io.BytesIO(b"\x89PNG...."), file_name="screenshot.jpg", mime_type="image/jpeg"),
        File(payload=io.BytesIO(b"GIF89a"), file_name="screenshot2.gif", mime_type="image/gif"),
    ]
    body = NewOrderMultipart(
        name="QA", task_type="qa_screenshot", description="Look at it", attachments=files
    )
    created = create_order.sync(client=client, body=body)
    assert created.created == "success"
    assert len(created.order_number) == 8 and created.order_number.isdigit()
    order = get_order.sync(client=client, order_number=created.order_number)
    assert isinstance(order, Order)
    assert [(a.name, a.size, a.content_type) for a in order.work_request.attachments] == [
        ("screenshot.jpg", 8, "image/jpeg"),
        ("screenshot2.gif", 6, "image/gif"),
    ]
    assert order.work_request.notes[0].text == "Look at it"
    assert order.task_type_category == "Screenshots"


def test_order_numbers_are_eight_digit_zero_padded_and_increasing(client):
    first, second = new_order(client), new_order(client)
    assert first == "00007847" and second == "00007848"


def test_unknown_task_type_is_a_400(client):
    response = create_order.sync_detailed(client=client, body=NewOrderForm(name="x", task_type="nope"))
    assert response.status_code == 400
    assert "task_type" in response.parsed.errors.additional_properties


def test_update_adds_attachments_keeps_old_ones_and_needs_a_field(client):
    files = [File(payload=io.BytesIO(b"a"), file_name="old.txt", mime_type="text/plain")]
    number = create_order.sync(
        client=client, body=NewOrderMultipart(name="x", task_type="recon", attachments=files)
    )
    number = number.order_number
    new = [File(payload=io.BytesIO(b"bb"), file_name="new.txt", mime_type="text/plain")]
    updated = update_order.sync(
        client=client, order_number=number, body=OrderUpdateMultipart(attachments=new)
    )
    assert updated.updated == "success"
    update_order.sync(client=client, order_number=number, body=OrderUpdateForm(name="renamed"))
    order = get_order.sync(client=client, order_number=number)
    assert order.name == "renamed"
    assert [a.name for a in order.work_request.attachments] == ["old.txt", "new.txt"]
    empty = update_order.sync_detailed(client=client, order_number=number, body=OrderUpdateForm())
    assert empty.status_code == 400


def test_cancel_changes_status_and_a_second_cancel_is_gone(client):
    number = new_order(client)
    assert cancel_order.sync(client=client, order_number=number).deleted == "success"
    assert get_order.sync(client=client, order_number=number).status == OrderStatus.CLIENT_CANCELED
    assert cancel_order.sync_detailed(client=client, order_number=number).status_code == 410
    update = update_order.sync_detailed(client=client, order_number=number, body=OrderUpdateForm(name="late"))
    assert update.status_code == 410


def test_unknown_order_is_404_everywhere(client):
    assert get_order.sync_detailed(client=client, order_number="99999999").status_code == 404
    assert cancel_order.sync_detailed(client=client, order_number="99999999").status_code == 404
    response = update_order.sync_detailed(
        client=client, order_number="99999999", body=OrderUpdateForm(name="x")
    )
    assert response.status_code == 404
    assert isinstance(response.parsed, Error)


def test_pages_25_orders_by_10_in_both_directions(client):
    numbers = [new_order(client, name=f"order {i}") for i in range(25)]
    newest_first = list(reversed(numbers))

    pages, cursor = [], None
    while True:
        page = (
            list_orders.sync(client=client, limit=10, starting_after=cursor)
            if cursor
            else list_orders.sync(client=client, limit=10)
        )
        if not page:
            break
        pages.append([o.order_number for o in page])
        cursor = page[-1].order_number
    assert [len(p) for p in pages] == [10, 10, 5]
    assert [n for p in pages for n in p] == newest_first

    backwards, cursor = [], pages[-1][0]
    while page := list_orders.sync(client=client, limit=10, ending_before=cursor):
        backwards.insert(0, [o.order_number for o in page])
        cursor = page[0].order_number
    assert [len(p) for p in backwards] == [10, 10]
    assert [n for p in backwards for n in p] == newest_first[:20]


def test_list_defaults_to_10_and_ending_before_wins_over_starting_after(client):
    numbers = [new_order(client) for _ in range(12)]
    assert len(list_orders.sync(client=client)) == 10
    both = list_orders.sync(client=client, starting_after=numbers[5], ending_before=numbers[3], limit=100)
    assert [o.order_number for o in both] == list(reversed(numbers[4:]))


def test_status_filter_and_limit_bounds(client):
    numbers = [new_order(client) for _ in range(3)]
    cancel_order.sync(client=client, order_number=numbers[1])
    canceled = list_orders.sync(client=client, status=OrderStatus.CLIENT_CANCELED)
    assert [o.order_number for o in canceled] == [numbers[1]]
    assert list_orders.sync_detailed(client=client, limit=0).status_code == 400
    assert list_orders.sync_detailed(client=client, limit=101).status_code == 400
    assert len(list_orders.sync(client=client, limit=100)) == 3


def test_unknown_cursor_is_404(client):
    assert list_orders.sync_detailed(client=client, starting_after="12345678").status_code == 404


def test_wrong_key_is_401_and_header_has_no_scheme_word(client, workreduce_url):
    bad = WorkReduceClient(api_key="wrong", base_url=workreduce_url)
    response = list_task_types.sync_detailed(client=bad)
    assert response.status_code == 401
    assert isinstance(response.parsed, Error)
    assert client.get_httpx_client().headers["Authorization"] == TOKEN
    assert TOKEN not in repr(client)


def test_async_client(client):
    async def run() -> list[str]:
        created = await create_order.asyncio(client=client, body=NewOrderForm(name="a", task_type="recon"))
        orders = await list_orders.asyncio(client=client)
        return [created.order_number, *(o.order_number for o in orders)]

    number, *listed = asyncio.run(run())
    assert listed == [number]


def test_default_server_is_the_vendors():
    assert WorkReduceClient(api_key="k").base_url == "https://api.workreduce.com"
