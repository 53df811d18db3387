"""TEMPORARY while the two parts are written in parallel: operations whose behaviour is not written
yet answer 400. Each part removes its operations from here as it implements them; the merge deletes
this file. Never on main."""

from __future__ import annotations

from ...hooks import Call, Problem, Reply
from . import fake

ACCOUNTS: tuple[str, ...] = ()
AUTOMATION = (
    "assign_custom_oauth_profile",
    "batch_delete_lookup_tables",
    "disconnect_connection",
    "export_package",
    "list_picklist_values",
    "look_up_lookup_table_row",
    "share_custom_connector_version",
    "share_recipe",
    "suppress_custom_connector_version",
    "unassign_custom_oauth_profile",
)


@fake.handler(*ACCOUNTS, *AUTOMATION)
def not_written_yet(call: Call) -> Reply:
    raise Problem(400, f"{call.operation_id} is not written yet")
