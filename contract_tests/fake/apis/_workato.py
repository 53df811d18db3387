"""What every Workato fake shares: error bodies and the account's clock.

Mirrors `specs/workato-common.yaml`, so the Embedded fake reuses it as its spec reuses that file.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

# Workato stamps times in the account's zone; the vendor's examples are in US Pacific daylight time.
ACCOUNT_ZONE = timezone(timedelta(hours=-7))


def error_body(status: int, message: str, fields: dict[str, list[str]]) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message}
    if status >= 500:
        body["id"] = str(uuid.uuid4())
    elif fields:
        body["errors"] = fields
    return body


def now() -> str:
    return datetime.now(ACCOUNT_ZONE).isoformat(timespec="milliseconds")
