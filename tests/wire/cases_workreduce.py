"""WorkReduce: the requests of ../shared/api-docs/workreduce-api-v2.txt (its curls and the list's URL
parameters)."""

from __future__ import annotations

import datetime
from io import BytesIO
from typing import Any

from workreduce_client.models import (
    NewOrderForm,
    NewOrderMultipart,
    OrderStatus,
    OrderUpdateForm,
    OrderUpdateMultipart,
)
from workreduce_client.types import File

from .harness import Expected, WireCase

PAGE = "workreduce-api-v2.txt"
# The page's key (lines 25, 38) and host (every curl and "HTTP Request" line).
TOKEN = "meowmeowmeow"
CLIENT = {"api_key": TOKEN}
ORDERS = "https://api.workreduce.com/v2/orders"
# The curls' due date, 2018-05-14T18:30:00Z (lines 261, 300), passed as an aware datetime.
DUE = datetime.datetime(2018, 5, 14, 18, 30, tzinfo=datetime.UTC)
NO_CONTINUATION = (
    "The curl's lines have no trailing backslash, so taken literally its -H is another command; "
    "line 36 says every request carries the key, so the header belongs to the request."
)
MIXED_FORM = (
    "The curl mixes -d and -F, which curl refuses; attachments are files (line {files}), so the "
    "request is one multipart/form-data body with the -d values as text parts."
)
FORM_ONLY = (
    "No curl of its own: the curl's -d lines without its -F files (attachments, line {files}, "
    "none here), which curl sends as application/x-www-form-urlencoded."
)
UPDATE_PATH = (
    "The curl posts to /v2/orders with order_number in the body and no -X PUT; the HTTP Request "
    "line 315 is PUT /v2/orders/<OrderNumber>, so the order number goes in the path only."
)


def _file(name: str, mime: str) -> File:
    return File(payload=BytesIO(f"<{name}>".encode()), file_name=name, mime_type=mime)


def _files(*names: str) -> tuple[tuple[str, str, bytes], ...]:
    return tuple(("attachments[]", name, f"<{name}>".encode()) for name in names)


def _case(id: str, operation: str, line: int, call: Any, expected: Expected, reading: str = "") -> WireCase:
    return WireCase(
        id=f"workreduce-{id}",
        api="workreduce_client",
        operation=operation,
        source=f"{PAGE}:{line}",
        client=CLIENT,
        call=call,
        expected=expected,
        reading=reading,
    )


NEW_ORDER_FIELDS = (
    ("name", "This is the name for the order"),
    ("description", "This is some longer description for the order"),
    ("due_date", "2018-05-14T18:30:00Z"),
    ("task_type", "qa_screenshot"),
    ("team", "EMEA Mobile Team"),
    ("requester_email", "emea@ads-agency.com"),
)
NEW_ORDER = {k: v for k, v in NEW_ORDER_FIELDS if k != "due_date"}
UPDATE_FIELDS = (
    ("name", "This is the updated name for the order"),
    ("description", "This is the updated desc for the order"),
    ("due_date", "2018-05-14T18:30:00Z"),
    ("task_type", "qa_screenshot"),
)
UPDATE = {k: v for k, v in UPDATE_FIELDS if k != "due_date"}


def _list(
    id: str, line: int, query: tuple[tuple[str, str], ...], reading: str = "", **kwargs: Any
) -> WireCase:
    return _case(
        id,
        "list_orders",
        line,
        lambda c: c.orders.list(**kwargs),
        Expected("GET", ORDERS, TOKEN, query),
        reading,
    )


CASES = [
    _case(
        "get-order",
        "get_order",
        67,
        lambda c: c.orders.get("00007847"),
        Expected("GET", f"{ORDERS}/00007847", TOKEN),
        NO_CONTINUATION,
    ),
    _list("list-orders", 131, (), NO_CONTINUATION),
    # The URL parameters table (lines 249-253), one parameter per case, with the page's values.
    _list("list-orders-status", 250, (("status", "In Progress"),), status=OrderStatus.IN_PROGRESS),
    _list("list-orders-limit", 251, (("limit", "100"),), limit=100),
    _list("list-orders-starting-after", 252, (("starting_after", "00007847"),), starting_after="00007847"),
    _list("list-orders-ending-before", 253, (("ending_before", "00007848"),), ending_before="00007848"),
    _case(
        "create-order",
        "create_order",
        257,
        lambda c: c.orders.create(
            body=NewOrderMultipart(
                **NEW_ORDER,
                due_date=DUE,
                attachments=[_file("screenshot.jpg", "image/jpeg"), _file("screenshot2.gif", "image/gif")],
            )
        ),
        Expected(
            "POST",
            ORDERS,
            TOKEN,
            content_type="multipart/form-data",
            body={
                "fields": tuple(sorted(NEW_ORDER_FIELDS)),
                "files": _files("screenshot.jpg", "screenshot2.gif"),
            },
        ),
        MIXED_FORM.format(files=288),
    ),
    _case(
        "create-order-form",
        "create_order",
        259,
        lambda c: c.orders.create(body=NewOrderForm(**NEW_ORDER, due_date=DUE)),
        Expected(
            "POST",
            ORDERS,
            TOKEN,
            content_type="application/x-www-form-urlencoded",
            body=tuple(sorted(NEW_ORDER_FIELDS)),
        ),
        FORM_ONLY.format(files=288),
    ),
    _case(
        "update-order",
        "update_order",
        295,
        lambda c: c.orders.update(
            "00007848",
            body=OrderUpdateMultipart(
                **UPDATE,
                due_date=DUE,
                attachments=[
                    _file("new_screenshot.jpg", "image/jpeg"),
                    _file("new_screenshot2.gif", "image/gif"),
                ],
            ),
        ),
        Expected(
            "PUT",
            f"{ORDERS}/00007848",
            TOKEN,
            content_type="multipart/form-data",
            body={
                "fields": tuple(sorted(UPDATE_FIELDS)),
                "files": _files("new_screenshot.jpg", "new_screenshot2.gif"),
            },
        ),
        UPDATE_PATH + " " + MIXED_FORM.format(files=324),
    ),
    _case(
        "update-order-form",
        "update_order",
        297,
        lambda c: c.orders.update("00007848", body=OrderUpdateForm(**UPDATE, due_date=DUE)),
        Expected(
            "PUT",
            f"{ORDERS}/00007848",
            TOKEN,
            content_type="application/x-www-form-urlencoded",
            body=tuple(sorted(UPDATE_FIELDS)),
        ),
        UPDATE_PATH + " " + FORM_ONLY.format(files=324),
    ),
    _case(
        "cancel-order",
        "cancel_order",
        333,
        lambda c: c.orders.cancel("00007848"),
        Expected("DELETE", f"{ORDERS}/00007848", TOKEN),
        NO_CONTINUATION,
    ),
    _case(
        "list-task-types",
        "list_task_types",
        361,
        lambda c: c.tasks.list_types(),
        Expected("GET", "https://api.workreduce.com/v2/tasks", TOKEN),
        NO_CONTINUATION,
    ),
]
