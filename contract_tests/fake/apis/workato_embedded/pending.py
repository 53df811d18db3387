"""TEMPORARY while the two parts are written in parallel: operations whose behaviour is not written
yet answer 400. Each part removes its operations from here as it implements them; the merge deletes
this file. Never on main."""

from __future__ import annotations

from ...hooks import Call, Problem, Reply
from . import fake

ACCOUNTS = (
    "copy_role",
    "get_customers_usage",
    "invite_collaborator",
    "list_properties",
    "update_signature_verification_key",
)
AUTOMATION: tuple[str, ...] = ()


@fake.handler(*ACCOUNTS, *AUTOMATION)
def not_written_yet(call: Call) -> Reply:
    raise Problem(400, f"{call.operation_id} is not written yet")
