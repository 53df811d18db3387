"""WorkReduce beyond its spec: 8-digit order numbers, task types the account has, an order's notes
and attachments, the account it belongs to, and canceled orders that take no more changes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..hooks import Call, Fake, Problem

ACCOUNT = {"account_name": "Media Company", "account_id": "WRCUST43442"}
CANCELED = ("Canceled", "Client Canceled")
ORDERS, TASKS = "/v2/orders", "/v2/tasks"
FILES = ("attachments[]", "attachments")  # the spec's name, and the name the page's table uses


def error_body(status: int, message: str, fields: dict[str, list[str]]) -> Any:
    return {"message": message, "errors": fields} if fields else {"message": message}


fake = Fake(error_body, first_ids={ORDERS: 7847}, examples=("list_task_types",))


def _task_type(call: Call, code: str) -> dict[str, Any]:
    task_type = call.store.get(TASKS, code)
    if task_type is None:
        raise Problem(400, "Bad Request", {"task_type": [f"Unknown task type {code!r}; see GET /v2/tasks."]})
    return task_type


@fake.before("create_order")
def refuse_updates_by_post(call: Call) -> None:
    """The page's "update" sample POSTs to /v2/orders with an order number; creating a second order
    from it would duplicate the order, so it is refused with the right call to make."""
    if "order_number" in call.body:
        raise Problem(400, "Bad Request", {"order_number": ["To change it: PUT /v2/orders/{order_number}"]})
    _task_type(call, call.body["task_type"])


@fake.before("update_order", "cancel_order")
def refuse_canceled(call: Call) -> None:
    order = call.item or {}
    if order.get("status") in CANCELED:
        done = "is already" if call.operation_id == "cancel_order" else "was"
        raise Problem(410, f"Order {order['order_number']} {done} canceled.")
    if call.operation_id == "update_order" and "task_type" in call.body:
        _task_type(call, call.body["task_type"])


@fake.after("create_order")
def new_order(call: Call, order: dict[str, Any]) -> None:
    now = call.now()
    order.update(ACCOUNT, order_number=f"{int(order['order_number']):08d}", status="Activated")
    order.update(activated_at=now, completed_at=None, work_result=None)
    order["work_request"] = {"notes": [], "attachments": []}
    _add_work(call, order)


@fake.after("update_order")
def _add_work(call: Call, order: dict[str, Any]) -> None:
    """The task type's category follows the task type; a description becomes a note; files are added."""
    now = call.now()
    if order.get("due_date"):  # any form the spec accepts, shown as an RFC 3339 date-time
        moment = datetime.fromisoformat(order["due_date"])
        order["due_date"] = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()
    order["task_type_category"] = _task_type(call, order["task_type"])["task_type_category"]
    if call.body.get("description"):
        order["work_request"]["notes"].append({"created_at": now, "text": call.body["description"]})
    order["work_request"]["attachments"] += [
        {
            "created_at": now,
            "url": f"https://s3.workreduce.com/{ACCOUNT['account_id'].lower()}/{upload.name}",
            "name": upload.name,
            "size": upload.size,
            "content_type": upload.content_type,
        }
        for name in FILES
        for upload in call.files.get(name, [])
    ]
