"""Independent reference server for the WorkReduce API v2 (orders and tasks).

Written from /work/shared/api-docs/workreduce-api-v2.txt only.
See DECISIONS.md next to this file for every interpretation made.

Run:
    python server.py --port PORT --token TOKEN
"""

from __future__ import annotations

import argparse
import copy
import hmac
import json
import os
import re
from datetime import datetime, timedelta, timezone
from http import HTTPStatus
from typing import Any
from urllib.parse import quote, urlsplit

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, request_response

# --------------------------------------------------------------------------
# Static data
# --------------------------------------------------------------------------

ACCOUNT_NAME = "Media Company"
ACCOUNT_ID = "WRCUST43442"
ACCOUNT_SLUG = "mediacompany"
ATTACHMENT_BASE = "https://s3.workreduce.com"

TASK_TYPES = [
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
]
TASK_TYPE_INDEX = {t["task_type"]: t for t in TASK_TYPES}

# Values table (doc lines 50-61) plus "Completed" from the lifecycle line 46.
ORDER_STATUSES = [
    "Draft",
    "Activated",
    "Accepted",
    "In Progress",
    "Submitted",
    "In QA",
    "QA Complete",
    "Completed",
    "Delivered",
    "Approved",
    "Canceled",
    "Client Canceled",
]
CANCELED_STATUSES = {"Canceled", "Client Canceled"}

UPDATABLE_FIELDS = ("name", "description", "due_date", "attachments", "task_type")

# Limits (the page is silent; see DECISIONS.md)
MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_NAME = 255
MAX_DESCRIPTION = 10000
MAX_TEAM = 255
MAX_EMAIL = 254
MAX_URL = 2048
MAX_ATTACHMENTS_PER_REQUEST = 50
MAX_LIMIT = 100
DEFAULT_LIMIT = 10

ORDER_NUMBER_RE = re.compile(r"^[0-9]+$")
ISO_RE = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})"
    r"(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?"
    r"(Z|[+-]\d{2}(?::?\d{2})?)?)?$"
)
EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@"
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


# --------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def error_response(status: int, message: str, headers: dict | None = None) -> JSONResponse:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    return JSONResponse(
        {"status": status, "error": reason, "message": message},
        status_code=status,
        headers=headers,
    )


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def fmt_ts(dt: datetime) -> str:
    dt = dt.astimezone(timezone.utc)
    return (
        f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}"
        f"T{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}Z"
    )


def parse_iso8601(value: str) -> datetime | None:
    """Parse an ISO 8601 (extended format) date or date-time; None if invalid."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    m = ISO_RE.match(value)
    if not m:
        return None
    y, mo, d, hh, mi, ss, _frac, tz = m.groups()
    try:
        hour = int(hh) if hh is not None else 0
        minute = int(mi) if mi is not None else 0
        second = int(ss) if ss is not None else 0
        offset = timedelta(0)
        if tz and tz != "Z":
            sign = 1 if tz[0] == "+" else -1
            rest = tz[1:].replace(":", "")
            oh = int(rest[:2])
            om = int(rest[2:4]) if len(rest) > 2 else 0
            if oh > 23 or om > 59:
                return None
            offset = sign * timedelta(hours=oh, minutes=om)
        dt = datetime(int(y), int(mo), int(d), hour, minute, second,
                      tzinfo=timezone(offset))
        return dt.astimezone(timezone.utc)
    except (ValueError, OverflowError):
        return None


def valid_url(value: str) -> bool:
    if not value or len(value) > MAX_URL or any(c.isspace() for c in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def sanitize_filename(name: str | None) -> str:
    name = (name or "").replace("\\", "/")
    name = os.path.basename(name)
    name = re.sub(r"[^A-Za-z0-9._-]", "_", name).strip("._") or "attachment"
    return name[:200]


def check_order_number_format(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ApiError(400, f"{where} must be a string of digits, e.g. \"00007848\"")
    if not ORDER_NUMBER_RE.match(value) or len(value) > 32:
        raise ApiError(400, f"{where} must be all numeric and left-padded with zeros, "
                            f"e.g. \"00007848\"")
    return value


# --------------------------------------------------------------------------
# In-memory store
# --------------------------------------------------------------------------


class Store:
    def __init__(self) -> None:
        self.orders: dict[str, dict] = {}
        self.next_number = 1
        self.next_seq = 0

    def new_number(self) -> str:
        n = f"{self.next_number:08d}"
        self.next_number += 1
        return n

    def sorted_orders(self) -> list[dict]:
        # reverse chronological (newest first); seq breaks ties within a second
        return sorted(self.orders.values(), key=lambda o: o["_seq"], reverse=True)


STORE = Store()


def public(order: dict) -> dict:
    return {k: copy.deepcopy(v) for k, v in order.items() if not k.startswith("_")}


def get_order_or_404(number: str) -> dict:
    order = STORE.orders.get(number)
    if order is None:
        raise ApiError(404, f"Order {number} not found")
    return order


def maybe_activate(order: dict) -> None:
    """Draft -> Activated once the work request has a description and attachments."""
    wr = order["work_request"]
    if order["status"] == "Draft" and wr["notes"] and wr["attachments"]:
        order["status"] = "Activated"
        order["activated_at"] = fmt_ts(now_utc())


# --------------------------------------------------------------------------
# Request body parsing
# --------------------------------------------------------------------------


async def read_body(request: Request) -> bytes:
    cl = request.headers.get("content-length")
    if cl is not None:
        if not cl.strip().isdigit():
            raise ApiError(400, "Invalid Content-Length header")
        if int(cl) > MAX_BODY_BYTES:
            raise ApiError(400, f"Request body too large (max {MAX_BODY_BYTES} bytes)")
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > MAX_BODY_BYTES:
            raise ApiError(400, f"Request body too large (max {MAX_BODY_BYTES} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"invalid JSON constant {name}")


class Input:
    """Normalised request parameters.

    fields: scalar parameters (str for form/query, any JSON type for JSON bodies)
    attachments: None if not supplied, else list of ("url", str) / ("file", filename)
    """

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {}
        self.attachments: list[tuple[str, str]] | None = None

    def add_attachment(self, kind: str, value: str) -> None:
        if self.attachments is None:
            self.attachments = []
        self.attachments.append((kind, value))


ATTACHMENT_KEYS = ("attachments", "attachments[]")


def _attachment_from_text(value: str, inp: Input) -> None:
    if not valid_url(value):
        raise ApiError(400, "attachments must be files (multipart upload) or http(s) URLs")
    inp.add_attachment("url", value)


async def parse_input(request: Request) -> Input:
    body = await read_body(request)
    ctype_raw = request.headers.get("content-type", "")
    mime = ctype_raw.split(";", 1)[0].strip().lower()

    body_inp = Input()
    if not body.strip() and mime in ("", "application/x-www-form-urlencoded",
                                     "multipart/form-data"):
        pass  # empty body: nothing supplied
    elif mime == "application/json" or (mime.startswith("application/") and mime.endswith("+json")):
        try:
            data = json.loads(body.decode("utf-8"), parse_constant=_reject_constant)
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise ApiError(400, "Malformed JSON body")
        if not isinstance(data, dict):
            raise ApiError(400, "JSON body must be an object")
        for key, value in data.items():
            if key in ATTACHMENT_KEYS:
                if value is None:
                    continue
                if not isinstance(value, list):
                    raise ApiError(400, "attachments must be an array")
                if body_inp.attachments is None:
                    body_inp.attachments = []
                for item in value:
                    if isinstance(item, dict):
                        item = item.get("url")
                    if not isinstance(item, str):
                        raise ApiError(400, "each attachment must be a URL string "
                                            "or an object with a \"url\" string")
                    _attachment_from_text(item, body_inp)
            else:
                body_inp.fields[key] = value
    elif mime in ("application/x-www-form-urlencoded", "multipart/form-data"):
        async def receive() -> dict:
            return {"type": "http.request", "body": body, "more_body": False}

        replay = Request(request.scope, receive)
        try:
            form = await replay.form(max_files=MAX_ATTACHMENTS_PER_REQUEST + 1,
                                     max_fields=1000, max_part_size=1024 * 1024)
        except HTTPException as exc:
            raise ApiError(400, f"Malformed form body: {exc.detail}")
        except Exception:  # noqa: BLE001 - any parser failure is the client's fault
            raise ApiError(400, "Malformed form body")
        try:
            for key, v in form.multi_items():  # keeps request order; last scalar wins
                if key in ATTACHMENT_KEYS:
                    if isinstance(v, UploadFile):
                        body_inp.add_attachment("file", sanitize_filename(v.filename))
                    else:
                        _attachment_from_text(v, body_inp)
                else:
                    if isinstance(v, UploadFile):
                        raise ApiError(400, f"{key} must be a text field, not a file")
                    body_inp.fields[key] = v
        finally:
            await form.close()
    else:
        raise ApiError(400, "Unsupported Content-Type; use application/json, "
                            "application/x-www-form-urlencoded or multipart/form-data")

    # Parameters may also be given in the query string (the page labels them
    # "URL Parameters"); body values win.
    inp = Input()
    for key in request.query_params.keys():
        values = request.query_params.getlist(key)
        if key in ATTACHMENT_KEYS:
            for v in values:
                _attachment_from_text(v, inp)
        else:
            inp.fields[key] = values[-1]
    inp.fields.update(body_inp.fields)
    if body_inp.attachments is not None:
        inp.attachments = body_inp.attachments
    if inp.attachments is not None and len(inp.attachments) > MAX_ATTACHMENTS_PER_REQUEST:
        raise ApiError(400, f"At most {MAX_ATTACHMENTS_PER_REQUEST} attachments per request")
    return inp


# --------------------------------------------------------------------------
# Field validation
# --------------------------------------------------------------------------


def v_text(fields: dict, key: str, maxlen: int, *, required: bool = False,
           nonblank: bool = False, null_is_absent: bool = True) -> str | None:
    if key not in fields or (fields[key] is None and null_is_absent and not required):
        if required:
            raise ApiError(400, f"{key} is required")
        return None
    value = fields[key]
    if not isinstance(value, str):
        raise ApiError(400, f"{key} must be a string")
    if nonblank and not value.strip():
        raise ApiError(400, f"{key} must not be empty")
    if len(value) > maxlen:
        raise ApiError(400, f"{key} must be at most {maxlen} characters")
    if "\x00" in value:
        raise ApiError(400, f"{key} must not contain NUL characters")
    return value


def v_due_date(fields: dict, *, required: bool, null_is_absent: bool = True) -> str | None:
    raw = v_text(fields, "due_date", 64, required=required, nonblank=True,
                 null_is_absent=null_is_absent)
    if raw is None:
        return None
    dt = parse_iso8601(raw.strip())
    if dt is None:
        raise ApiError(400, "due_date must be a valid ISO 8601 date or date-time, "
                            "e.g. 2018-05-14T18:30:00Z")
    return fmt_ts(dt)


def v_task_type(fields: dict, *, required: bool, null_is_absent: bool = True) -> str | None:
    value = v_text(fields, "task_type", 100, required=required, nonblank=True,
                   null_is_absent=null_is_absent)
    if value is None:
        return None
    if value not in TASK_TYPE_INDEX:
        allowed = ", ".join(TASK_TYPE_INDEX)
        raise ApiError(400, f"task_type must be one of the task types available to "
                            f"your account (GET /v2/tasks): {allowed}")
    return value


def v_email(fields: dict) -> str | None:
    value = v_text(fields, "requester_email", MAX_EMAIL)
    if value is None or value == "":
        return None
    if not EMAIL_RE.match(value):
        raise ApiError(400, "requester_email must be a valid email address")
    return value


def resolve_attachments(atts: list[tuple[str, str]], order_number: str, ts: str) -> list[dict]:
    out = []
    for kind, value in atts:
        if kind == "file":
            url = f"{ATTACHMENT_BASE}/{ACCOUNT_SLUG}/{order_number}/{quote(value)}"
        else:
            url = value
        out.append({"created_at": ts, "url": url})
    return out


# --------------------------------------------------------------------------
# Endpoints
# --------------------------------------------------------------------------


async def list_tasks(request: Request) -> JSONResponse:
    return JSONResponse(copy.deepcopy(TASK_TYPES))


async def list_orders(request: Request) -> JSONResponse:
    qp = request.query_params

    status = qp.get("status")
    if status is not None and status not in ORDER_STATUSES:
        raise ApiError(400, "status must be one of: " + ", ".join(ORDER_STATUSES))

    limit = DEFAULT_LIMIT
    raw_limit = qp.get("limit")
    if raw_limit is not None:
        s = raw_limit.strip()
        if not s.isdigit() or len(s) > 6 or not (1 <= int(s) <= MAX_LIMIT):
            raise ApiError(400, f"limit must be an integer between 1 and {MAX_LIMIT}")
        limit = int(s)

    ordered = STORE.sorted_orders()
    numbers = [o["order_number"] for o in ordered]

    def cursor_index(param: str) -> int:
        value = check_order_number_format(qp.get(param), param)
        if value not in STORE.orders:
            raise ApiError(400, f"{param} must be an existing Order Number; "
                                f"order {value} not found")
        return numbers.index(value)

    def matches(o: dict) -> bool:
        return status is None or o["status"] == status

    if qp.get("ending_before") is not None:  # takes precedence over starting_after
        idx = cursor_index("ending_before")
        window = [o for o in ordered[:idx] if matches(o)]
        page = window[-limit:]
    elif qp.get("starting_after") is not None:
        idx = cursor_index("starting_after")
        window = [o for o in ordered[idx + 1:] if matches(o)]
        page = window[:limit]
    else:
        page = [o for o in ordered if matches(o)][:limit]

    return JSONResponse([public(o) for o in page])


async def get_order(request: Request) -> JSONResponse:
    number = check_order_number_format(request.path_params["order_number"], "OrderNumber")
    return JSONResponse(public(get_order_or_404(number)))


async def create_order(request: Request) -> JSONResponse:
    inp = await parse_input(request)
    f = inp.fields
    name = v_text(f, "name", MAX_NAME, required=True, nonblank=True)
    due_date = v_due_date(f, required=True)
    task_type = v_task_type(f, required=True)
    description = v_text(f, "description", MAX_DESCRIPTION)
    team = v_text(f, "team", MAX_TEAM)
    requester_email = v_email(f)

    ts = fmt_ts(now_utc())
    number = STORE.new_number()
    notes = [{"created_at": ts, "text": description}] if description and description.strip() else []
    attachments = resolve_attachments(inp.attachments or [], number, ts)
    order = {
        "account_name": ACCOUNT_NAME,
        "account_id": ACCOUNT_ID,
        "created_at": ts,
        "activated_at": None,
        "completed_at": None,
        "order_number": number,
        "name": name,
        "status": "Draft",
        "due_date": due_date,
        "requester_email": requester_email,
        "team": team if team else None,
        "work_request": {"notes": notes, "attachments": attachments},
        "work_result": {"total_billable_hours": 0.0, "notes": [], "attachments": []},
        "task_type": task_type,
        "task_type_category": TASK_TYPE_INDEX[task_type]["task_type_category"],
        "_seq": STORE.next_seq,
    }
    STORE.next_seq += 1
    maybe_activate(order)
    STORE.orders[number] = order
    return JSONResponse(
        {"order_number": number, "created": "success"},
        status_code=201,
        headers={"Location": f"/v2/orders/{number}"},
    )


async def _do_update(order: dict, inp: Input) -> JSONResponse:
    f = inp.fields
    provided = [k for k in UPDATABLE_FIELDS
                if (k in f) or (k == "attachments" and inp.attachments)]
    if not provided:
        raise ApiError(400, "You must pass in at least one of: " + ", ".join(UPDATABLE_FIELDS))

    name = v_text(f, "name", MAX_NAME, nonblank=True, null_is_absent=False)
    description = v_text(f, "description", MAX_DESCRIPTION, nonblank=True,
                         null_is_absent=False)
    due_date = v_due_date(f, required=False, null_is_absent=False)
    task_type = v_task_type(f, required=False, null_is_absent=False)

    ts = fmt_ts(now_utc())
    if name is not None:
        order["name"] = name
    if description is not None:
        order["work_request"]["notes"].append({"created_at": ts, "text": description})
    if due_date is not None:
        order["due_date"] = due_date
    if task_type is not None:
        order["task_type"] = task_type
        order["task_type_category"] = TASK_TYPE_INDEX[task_type]["task_type_category"]
    if inp.attachments:
        order["work_request"]["attachments"].extend(
            resolve_attachments(inp.attachments, order["order_number"], ts))
    maybe_activate(order)
    return JSONResponse({"order_number": order["order_number"], "updated": "success"})


def ensure_not_canceled(order: dict) -> None:
    if order["status"] in CANCELED_STATUSES:
        raise ApiError(410, f"Order {order['order_number']} has been canceled")


async def update_order(request: Request) -> JSONResponse:
    number = check_order_number_format(request.path_params["order_number"], "OrderNumber")
    order = get_order_or_404(number)
    ensure_not_canceled(order)
    inp = await parse_input(request)
    body_number = inp.fields.get("order_number")
    if body_number is not None:
        check_order_number_format(body_number, "order_number")
        if body_number != number:
            raise ApiError(400, "order_number in the body does not match the URL")
    return await _do_update(order, inp)


async def update_order_by_body(request: Request) -> JSONResponse:
    """PUT /v2/orders with order_number in the body (as in the doc's curl example)."""
    inp = await parse_input(request)
    if inp.fields.get("order_number") is None:
        raise ApiError(400, "order_number is required")
    number = check_order_number_format(inp.fields["order_number"], "order_number")
    order = get_order_or_404(number)
    ensure_not_canceled(order)
    return await _do_update(order, inp)


async def cancel_order(request: Request) -> JSONResponse:
    number = check_order_number_format(request.path_params["order_number"], "OrderNumber")
    order = get_order_or_404(number)
    ensure_not_canceled(order)
    order["status"] = "Client Canceled"
    return JSONResponse({"order_number": number, "deleted": "success"})


# --------------------------------------------------------------------------
# App wiring
# --------------------------------------------------------------------------


class AuthMiddleware:
    """Every request must carry `Authorization: <api key>` (no scheme)."""

    def __init__(self, app, token: str):
        self.app = app
        self.token = token.encode("latin-1", "replace")

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        values = [v for k, v in scope.get("headers", []) if k.lower() == b"authorization"]
        ok = len(values) == 1 and hmac.compare_digest(values[0].strip(), self.token)
        if not ok:
            msg = ("Missing Authorization header" if not values
                   else "Unauthorized -- Your API key is wrong.")
            resp = error_response(401, msg, headers={"WWW-Authenticate": 'APIKey realm="WorkReduce"'})
            await resp(scope, receive, send)
            return
        await self.app(scope, receive, send)


async def api_error_handler(request: Request, exc: ApiError) -> JSONResponse:
    return error_response(exc.status, exc.message, exc.headers)


async def http_exception_handler(request: Request, exc: HTTPException) -> JSONResponse:
    status = exc.status_code if 400 <= exc.status_code < 500 else 400
    if status == 404:
        message = "Not Found -- no such endpoint"
    elif status == 405:
        message = f"Method {request.method} not allowed on {request.url.path}"
    else:
        message = str(exc.detail)
    return error_response(status, message, getattr(exc, "headers", None))


async def server_error_handler(request: Request, exc: Exception) -> JSONResponse:
    return error_response(500, "Internal Server Error -- We had a problem with our server.")


class AnyMethod:
    """ASGI wrapper so a Route accepts every method; the endpoint answers 405 itself."""

    def __init__(self, endpoint):
        self.app = request_response(endpoint)

    async def __call__(self, scope, receive, send):
        await self.app(scope, receive, send)


def build_app(token: str) -> Starlette:
    def dispatch(handlers: dict):
        async def endpoint(request: Request):
            method = "GET" if request.method == "HEAD" else request.method
            handler = handlers.get(method)
            if handler is None:
                allow = ", ".join(list(handlers) + (["HEAD"] if "GET" in handlers else []))
                raise ApiError(405, f"Method {request.method} not allowed on {request.url.path}",
                               headers={"Allow": allow})
            return await handler(request)
        return endpoint

    tasks_ep = AnyMethod(dispatch({"GET": list_tasks}))
    orders_ep = AnyMethod(dispatch({"GET": list_orders, "POST": create_order, "PUT": update_order_by_body}))
    order_ep = AnyMethod(dispatch({"GET": get_order, "PUT": update_order, "DELETE": cancel_order}))
    routes = []
    for suffix in ("", "/"):
        routes += [
            Route("/v2/tasks" + suffix, tasks_ep),
            Route("/v2/orders" + suffix, orders_ep),
            Route("/v2/orders/{order_number}" + suffix, order_ep),
        ]
    app = Starlette(
        routes=routes,
        exception_handlers={
            ApiError: api_error_handler,
            HTTPException: http_exception_handler,
            Exception: server_error_handler,
        },
    )
    app.router.redirect_slashes = False
    # Auth wraps everything (outermost user middleware).
    from starlette.middleware import Middleware  # noqa: PLC0415
    app.user_middleware.insert(0, Middleware(AuthMiddleware, token=token))
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description="WorkReduce API v2 reference server")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()

    import uvicorn  # noqa: PLC0415

    uvicorn.run(build_app(args.token), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
