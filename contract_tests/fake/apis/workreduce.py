"""WorkReduce: 8-digit order numbers, newest-first cursor paging, cancel by status."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ..engine import Call, Fake, Problem, Reply
from ..store import Store

TASK_TYPES = (
    {
        "task_type": "qa_screenshot",
        "task_type_category": "Screenshots",
        "description": "QA Screenshot of Ad Creative",
    },
    {
        "task_type": "recon",
        "task_type_category": "Reconciliation",
        "description": "Reconciliation of quarterly ad spend",
    },
)
ACCOUNT = {"account_name": "Media Company", "account_id": "WRCUST43442"}
CANCELED = ("Canceled", "Client Canceled")
FIRST_ORDER_NUMBER = 7847


def error_body(status: int, message: str, fields: dict[str, list[str]]) -> Any:
    body: dict[str, Any] = {"message": message}
    if fields:
        body["errors"] = fields
    return body


def seed(store: Store, settings: dict[str, Any]) -> None:
    for task_type in settings.get("task_types") or TASK_TYPES:
        store.insert("task_type", task_type["task_type"], task_type)


fake = Fake(error_body=error_body, seed=seed)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _order(call: Call) -> dict[str, Any]:
    number = call.path["order_number"]
    _require_order(call, number)
    return call.store.get("order", number) or {}


def _task_type(call: Call, code: str) -> dict[str, Any]:
    task_type = call.store.get("task_type", code)
    if task_type is None:
        raise Problem(400, "Bad Request", {"task_type": [f"Unknown task type {code!r}; see GET /v2/tasks."]})
    return task_type


def _attachments(call: Call, now: str) -> list[dict[str, Any]]:
    return [
        {
            "created_at": now,
            "url": f"https://s3.workreduce.com/{ACCOUNT['account_id'].lower()}/{upload.name}",
            "name": upload.name,
            "size": upload.size,
            "content_type": upload.content_type,
        }
        for upload in call.files.get("attachments[]", [])
    ]


@fake.operation("list_task_types")
def list_task_types(call: Call) -> Reply:
    return Reply(200, list(call.store.all("task_type")))


@fake.operation("create_order")
def create_order(call: Call) -> Reply:
    body, now = call.body, _now()
    task_type = _task_type(call, body["task_type"])
    number = f"{call.store.next_id('order_number', FIRST_ORDER_NUMBER):08d}"
    notes = [{"created_at": now, "text": body["description"]}] if body.get("description") else []
    order = {
        **ACCOUNT,
        "order_number": number,
        "name": body["name"],
        "status": "Activated",
        "due_date": body.get("due_date"),
        "created_at": now,
        "activated_at": now,
        "completed_at": None,
        "requester_email": body.get("requester_email"),
        "team": body.get("team"),
        "work_request": {"notes": notes, "attachments": _attachments(call, now)},
        "work_result": None,
        "task_type": task_type["task_type"],
        "task_type_category": task_type["task_type_category"],
    }
    call.store.insert("order", number, order)
    return Reply(200, {"order_number": number, "created": "success"})


@fake.operation("get_order")
def get_order(call: Call) -> Reply:
    return Reply(200, _order(call))


@fake.operation("update_order")
def update_order(call: Call) -> Reply:
    order, body, now = _order(call), call.body, _now()
    if order["status"] in CANCELED:
        raise Problem(410, f"Order {order['order_number']} was canceled.")
    if "task_type" in body:
        task_type = _task_type(call, body["task_type"])
        order.update(task_type=task_type["task_type"], task_type_category=task_type["task_type_category"])
    for key in ("name", "due_date"):
        if key in body:
            order[key] = body[key]
    if "description" in body:
        order["work_request"]["notes"].append({"created_at": now, "text": body["description"]})
    order["work_request"]["attachments"].extend(_attachments(call, now))
    call.store.put("order", order["order_number"], order)
    return Reply(200, {"order_number": order["order_number"], "updated": "success"})


@fake.operation("cancel_order")
def cancel_order(call: Call) -> Reply:
    order = _order(call)
    if order["status"] in CANCELED:
        raise Problem(410, f"Order {order['order_number']} is already canceled.")
    order["status"] = "Client Canceled"
    call.store.put("order", order["order_number"], order)
    return Reply(200, {"order_number": order["order_number"], "deleted": "success"})


@fake.operation("list_orders")
def list_orders(call: Call) -> Reply:
    """Order numbers grow with creation time, so "newest first" is descending number order."""
    query, limit = call.query, call.query.get("limit", 10)
    orders = [
        o for o in call.store.all("order", newest_first=True) if query.get("status") in (None, o["status"])
    ]
    if cursor := query.get("ending_before"):
        _require_order(call, cursor)
        return Reply(200, [o for o in orders if o["order_number"] > cursor][-limit:])
    if cursor := query.get("starting_after"):
        _require_order(call, cursor)
        orders = [o for o in orders if o["order_number"] < cursor]
    return Reply(200, orders[:limit])


def _require_order(call: Call, number: str) -> None:
    if call.store.get("order", number) is None:
        raise Problem(404, f"Cursor order {number} does not exist.")
