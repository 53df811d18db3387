"""Workato Embedded, part 1: customers, members, collaborators, roles, managers, properties, folders
and the JWT key, beyond what the engine serves from the spec.

Properties are stored one item per name, under the customer (environment properties) or under
`<customer>/projects/<project_id>` (a project's), so deleting the customer removes both. A project is
a top-level folder of the customer's; the API platform's `project_id` must name one.
"""

from __future__ import annotations

from typing import Any

from ...hooks import Call, Problem, Reply
from ...store import Condition
from . import CUSTOMER, CUSTOMERS, fake

MEMBERS, ROLES, FOLDERS = f"{CUSTOMER}/members", f"{CUSTOMER}/roles", f"{CUSTOMER}/folders"
PROPERTIES, GROUPS, KEYS = f"{CUSTOMER}/properties", "privilege_groups", "signature_verification_key"
PROPERTY_LIMIT = 1000  # per environment or project
DEFAULT_PLAN = "oem_standard_plan"
VENDOR_ID = "4821"  # the partner's own id, as the JWT page's sample answers it


def _refuse(field: str, message: str) -> Problem:
    return Problem(400, "Bad request", {field: [message]})


def _new_id(call: Call, kind: str) -> int:
    return call.store.next_id(kind, fake.first_ids.get(kind, 1))


@fake.before("create_customer", "update_customer")
def external_id_unique(call: Call) -> None:
    """An external id addresses its customer (`E<external_id>`), so no two customers share one."""
    wanted = call.body.get("external_id")
    if wanted is not None:
        for other in call.store.select(CUSTOMERS, "", [Condition("external_id", wanted)], limit=2):
            if other["id"] != (call.item or {}).get("id"):
                raise _refuse("external_id", f"Another customer account has external id {wanted}")


@fake.after("create_customer")
def new_customer(call: Call, customer: dict[str, Any]) -> None:
    customer.update(plan_id=customer.get("plan_id") or DEFAULT_PLAN, in_trial=False, trial=False)


@fake.handler("get_customers_usage")
def usage(call: Call) -> Reply:
    """Twelve months of task counts per customer. The fake runs no tasks: the current month shows the
    account's `task_count`, the months before it 0."""
    year, month = int(call.now()[:4]), int(call.now()[5:7])
    months = [f"{m // 12}-{m % 12 + 1:02d}" for m in range(year * 12 + month - 12, year * 12 + month)]
    result = {
        str(customer["id"]): dict.fromkeys(months, 0) | {months[-1]: customer.get("task_count") or 0}
        for customer in call.store.all(CUSTOMERS)
    }
    return Reply(200, {"result": result})


@fake.handler("invite_collaborator")
def invite(call: Call) -> Reply:
    """The invitee joins the team as a member with the role sent (`env_roles` wins: its dev role,
    else its first)."""
    body = call.body
    roles = {entry.get("environment_type"): entry.get("role_name") for entry in body.get("env_roles") or []}
    role = (roles.get("dev") or next(iter(roles.values()))) if roles else body.get("role_name")
    member = {"id": _new_id(call, MEMBERS), "grant_type": "team member", "role_name": role}
    member |= {"external_id": None, "name": body["name"], "email": body["email"], "time_zone": None}
    call.store.insert(MEMBERS, member["id"], member, f"{CUSTOMERS}/{(call.item or {})['id']}")
    return Reply(200, {"result": "ok"})


@fake.handler("copy_role")
def copy_role(call: Call) -> Reply:
    """A new role with the original's privileges, named "Copy of <name>" and granting the original's
    folders unless the body says otherwise."""
    original, now = call.item or {}, call.now()
    copy = original | {"id": _new_id(call, ROLES), "created_at": now, "updated_at": now}
    copy["name"] = call.body.get("name") or f"Copy of {original['name']}"
    copy["folder_ids"] = call.body.get("folder_ids", original.get("folder_ids", []))
    call.store.insert(ROLES, copy["id"], copy, call.parent)
    return Reply(200, copy)


@fake.after("create_customer_manager", "update_customer_manager")
def managed(call: Call, manager: dict[str, Any]) -> None:
    """The role is a privilege group and the accounts are customers (400 otherwise); no accounts
    means every account. A new manager is the partner-team user with the email sent."""
    group = call.store.get(GROUPS, call.body["role_id"])
    if group is None:
        raise _refuse("role_id", f"No role with id {call.body['role_id']}")
    ids = call.body.get("permitted_workspace_ids") or []
    customers = {customer_id: call.store.get(CUSTOMERS, customer_id) for customer_id in ids}
    unknown = ", ".join(str(customer_id) for customer_id, found in customers.items() if found is None)
    if unknown:
        raise _refuse("permitted_workspace_ids", f"No customer account with id {unknown}")
    workspaces = [{"id": c["id"], "name": c.get("name")} for c in customers.values() if c is not None]
    manager.update(privilege_group=group, moderated_workspaces=workspaces)
    if "user" not in manager:
        user = {"id": _new_id(call, "users"), "name": call.body.get("name"), "email": call.body["email"]}
        manager["user"] = user | {"avatar_url": None}


def _scope(call: Call) -> str:
    project = call.query.get("project_id")
    return call.parent + (f"/projects/{project}" if project is not None else "")


@fake.handler("list_properties")
def list_properties(call: Call) -> Reply:
    prefix = Condition("name", call.query["prefix"], prefix=True)
    found = call.store.select(PROPERTIES, _scope(call), [prefix])
    return Reply(200, {"result": {prop["name"]: prop["value"] for prop in found}})


@fake.handler("upsert_properties")
def upsert_properties(call: Call) -> Reply:
    """Sent names are created or overwritten, others kept; at most 1,000 per environment or project."""
    scope, sent = _scope(call), call.body["properties"]
    new = {name for name in sent if call.store.get(PROPERTIES, name, scope) is None}
    if call.store.count(PROPERTIES, scope) + len(new) > PROPERTY_LIMIT:
        raise _refuse("properties", f"At most {PROPERTY_LIMIT} properties per environment or project")
    for name, value in sent.items():
        write = call.store.insert if name in new else call.store.put
        write(PROPERTIES, name, {"name": name, "value": value}, scope)
    return Reply(200, {"success": True})


@fake.after("create_folder")
def placed(call: Call, folder: dict[str, Any]) -> None:
    """A top-level folder is a new project; one inside another folder of the account belongs to that
    folder's project; a parent the account lacks is 400."""
    if folder.get("parent_id") is None:
        folder.update(parent_id=None, is_project=True, project_id=_new_id(call, "projects"))
        return
    folder["parent_id"] = int(folder["parent_id"])  # sent as a string of digits, answered as an id
    parent = call.store.get(FOLDERS, folder["parent_id"], call.parent)
    if parent is None:
        raise _refuse("parent_id", f"No folder with id {folder['parent_id']} in this account")
    folder.update(is_project=False, project_id=parent.get("project_id"))


@fake.before("create_api_collection", "create_api_client")
def project_exists(call: Call) -> None:
    project = call.query.get("project_id")
    if project is not None and not call.store.select(
        FOLDERS, call.parent, [Condition("project_id", int(project))], limit=1
    ):
        raise _refuse("project_id", f"No project with id {project} in this account")


@fake.after("create_api_collection")
def in_project(call: Call, collection: dict[str, Any]) -> None:
    """A collection made without `project_id` belongs to no project: null, not left out."""
    collection.setdefault("project_id", None)


@fake.handler("update_signature_verification_key")
def signature_key(call: Call) -> Reply:
    """The key replaces the partner's previous one."""
    call.store.delete(KEYS, VENDOR_ID)
    call.store.insert(KEYS, VENDOR_ID, {"key": call.body["key"]})
    return Reply(200, {"vendor_id": VENDOR_ID, "success": True})
