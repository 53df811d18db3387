"""What every Workato fake shares: error bodies, timestamps, page/per_page paging, acknowledgements.

Mirrors `specs/workato-common.yaml`, so the Embedded fake reuses it as its spec reuses that file.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from typing import Any

from ..engine import Call, Reply

# Workato stamps times in the account's zone; the vendor's examples are in US Pacific daylight time.
ACCOUNT_ZONE = timezone(timedelta(hours=-7))
SUCCESS = Reply(200, {"success": True})


def error_body(status: int, message: str, fields: dict[str, list[str]]) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message}
    if status >= 500:
        body["id"] = str(uuid.uuid4())
    elif fields:
        body["errors"] = fields
    return body


def now() -> str:
    return datetime.now(ACCOUNT_ZONE).isoformat(timespec="milliseconds")


def page(call: Call, items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """One page of `items`; a page past the end is empty (the spec caps `per_page` at 100)."""
    per_page, number = call.query.get("per_page", 100), call.query.get("page", 1)
    start = (number - 1) * per_page
    return list(items)[start : start + per_page]
