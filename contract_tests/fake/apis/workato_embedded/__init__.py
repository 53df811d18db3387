"""Workato Embedded beyond its spec, one module per part of the page: `accounts` (customers, members,
roles, managers, properties, folders, the JWT key) and `automation` (connections, connectors,
recipes, jobs, lookup tables, the recipe lifecycle). The API platform inside each customer account
follows the same rules as the account's own (`_workato.api_platform`).

Everything under `/api/managed_users/{managed_user_id}` belongs to that customer: the engine scopes
it by path, so another customer's ids are 404 there and deleting a customer removes what it owns.
A customer is also addressed as `E<external_id>` (see `customer_by_external_id`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...hooks import Fake
from ...store import Condition, Store
from .._workato import api_platform, error_body, now

CUSTOMERS = "/api/managed_users"
CUSTOMER = CUSTOMERS + "/{managed_user_id}"

fake = Fake(error_body, now=now, first_ids={CUSTOMERS: 19100}, seeds=Path(__file__).with_name("seed.yaml"))
api_platform(fake, CUSTOMER, recipes=f"{CUSTOMER}/recipes")


@fake.alias(CUSTOMERS)
def customer_by_external_id(store: Store, value: Any, parent: str) -> dict[str, Any] | None:
    """`E<external_id>` names the customer with that external id."""
    text = str(value)
    if not text.startswith("E") or len(text) < 2:
        return None
    found = store.select(CUSTOMERS, parent, [Condition("external_id", text[1:])], limit=1)
    return found[0] if found else None


from . import accounts, automation  # noqa: E402  (they register their hooks on `fake`)

__all__ = ["accounts", "automation", "fake"]
