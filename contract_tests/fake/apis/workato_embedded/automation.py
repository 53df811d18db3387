"""Workato Embedded, part 2: connections, connectors, custom connectors, OAuth profiles, recipes,
jobs, lookup tables and the recipe lifecycle, beyond what the engine serves from the spec.

A recipe's `config` names its connections (`account_id`); it starts only when they are authorized,
and each start runs one job. Exports and imports answer `in_progress` and settle on the second read
of their status. The fake cannot host a download, so a completed export's `download_url` is a
`data:` URL holding the zip itself (`urllib.request.urlopen` reads it); importing that zip into
another customer's folder recreates its connections (disconnected, as Workato imports them without
credentials), lookup tables and recipes (stopped).
"""

from __future__ import annotations

import base64
import io
import json
import secrets
import zipfile
from datetime import datetime
from typing import Any

from jsonschema import Draft202012Validator

from ...hooks import Call, Problem, Reply
from ...requests import BadInput, parse_json
from ...store import Condition
from . import fake

CUSTOMER = "/api/managed_users/{managed_user_id}"
CONNECTIONS, RECIPES, FOLDERS = f"{CUSTOMER}/connections", f"{CUSTOMER}/recipes", f"{CUSTOMER}/folders"
JOBS = RECIPES + "/{recipe_id}/jobs"
TABLES = f"{CUSTOMER}/lookup_tables"
ROWS = TABLES + "/{lookup_table_id}/rows"
MANIFESTS, EXPORTS, IMPORTS = (f"{CUSTOMER}/{name}" for name in ("export_manifests", "exports", "imports"))
CONNECTORS, CUSTOM, PUBLIC = "/api/integrations/all", "/api/custom_connectors", "/api/recipes/search"
PROFILES, ASSIGNED = "/api/custom_oauth_profiles", f"{CUSTOMER}/custom_oauth_profiles"
PACKAGES = "packages"  # one id counter for exports and imports, as Workato's packages share one
ASSETS = {"connection": CONNECTIONS, "recipe": RECIPES, "lookup_table": TABLES}  # what a manifest can pack
ENTRY = {name: {"type": "string"} for name in ("keyword", "name", "provider")}
ENTRY |= {"skip_validation": {"type": "boolean"}, "account_id": {"type": ["integer", "null"], "minimum": 1}}
CONFIG = Draft202012Validator({"type": "array", "items": {"type": "object", "properties": ENTRY}})
AUTHORIZATION = ("authorized_at", "authorization_status", "authorization_error")
# What a new connection reads as until it is changed (tags only with includes[]).
CONNECTION = dict.fromkeys(("description", "external_id", "parent_id", "connection_lost_at", "tags"))
CONNECTION |= {"connection_lost_reason": None}
JOB = {"status": "succeeded", "is_poll_error": False, "is_error": False, "error": None, "error_parts": None}
IMPORT_RESULT = {True: "restarted", False: "no_update_or_updated_without_restart"}


def _customer(call: Call) -> str:
    return f"/api/managed_users/{call.path['managed_user_id']}"


def _success() -> Reply:
    return Reply(200, {"success": True})


def _bad(field: str, message: str) -> Problem:
    return Problem(400, "Bad request", {field: [message]})


# Connections


@fake.after("create_connection", "update_connection")
def authorize(call: Call, connection: dict[str, Any]) -> None:
    """Credentials sent are tested, and pass; a shell, or a new connection without any, stays
    disconnected. A custom connector's connections need a version shared with customers."""
    if call.operation_id == "create_connection":
        shared = call.store.select(CUSTOM, "", [Condition("name", connection["provider"])], limit=1)
        if shared and shared[0].get("oem_shared_version") is None:
            raise _bad("provider", f"Custom connector {connection['provider']} is not shared with customers")
        connection.update(dict.fromkeys(AUTHORIZATION))
        for name, empty in (CONNECTION | {"folder_id": None}).items():
            connection.setdefault(name, empty)
        known = call.store.select(CONNECTORS, "", [Condition("name", connection["provider"])], limit=1)
        connection.setdefault(
            "name", f"My {(known[0] if known else {}).get('title') or connection['provider']} account"
        )
    if not call.body.get("shell_connection") and {"input", "oauth_token_pair"} & set(call.body):
        connection.update(authorized_at=call.now(), authorization_status="success", authorization_error=None)


def _running_users(call: Call, connection_id: int) -> list[dict[str, Any]]:
    running = call.store.select(RECIPES, call.parent, [Condition("running", True)])
    used = [r for r in running if any(e.get("account_id") == connection_id for e in r.get("config") or [])]
    return [{"id": recipe["id"], "name": recipe["name"]} for recipe in used]


@fake.before("delete_connection")
def disconnected_only(call: Call) -> None:
    if (call.item or {}).get("authorized_at") is not None:
        raise Problem(400, f"Connection {call.path['connection_id']} is connected; disconnect it first")


@fake.handler("disconnect_connection")
def disconnect(call: Call) -> Reply:
    """Refused while running recipes use it, unless forced; the recipes keep running."""
    connection = dict(call.item or {})
    users = _running_users(call, connection["id"])
    if connection.get("authorized_at") is not None:
        if users and not (call.body or {}).get("force"):
            names = ", ".join(str(user["id"]) for user in users)
            raise Problem(400, f"Running recipes {names} use connection {connection['id']}; send force: true")
        connection.update(authorized_at=None, authorization_status=None, updated_at=call.now())
        call.store.put(CONNECTIONS, connection["id"], connection, call.parent)
    return Reply(200, {"result": users})


@fake.handler("list_picklist_values")
def picklist(call: Call) -> Reply:
    """Values are read live from the app, so only through an authorized connection."""
    if (call.item or {}).get("authorized_at") is None:
        raise Problem(400, f"Connection {call.path['connection_id']} is not connected")
    name = call.body["pick_list_name"]
    return Reply(200, {"data": [[f"{name} {n}", f"{name}_{n}"] for n in (1, 2, 3)]})


# Connectors and custom connectors


@fake.handler("get_connectors_metadata")
def connectors_named(call: Call) -> Reply:
    names = call.body["applications"].split(",")
    return Reply(200, {"items": [c for c in call.store.all(CONNECTORS) if c["name"] in names]})


@fake.handler("list_custom_connectors")
def list_custom_connectors(call: Call) -> Reply:
    title, shared = (call.query.get("title") or "").lower(), call.query.get("oem_shared")
    found = [
        connector
        for connector in call.store.all(CUSTOM)
        if title in connector["title"].lower()
        and (shared is None or shared == (connector.get("oem_shared_version") is not None))
    ]
    return Reply(200, {"result": found})


@fake.alias(f"{CUSTOM}/{{custom_connector_id}}/oem_share")
def released_version(store: Any, value: Any, parent: str) -> dict[str, Any] | None:
    """`oem_share/{version}` names one of the connector's released versions (else 404)."""
    connector = store.get(CUSTOM, parent.rpartition("/")[2]) or {}
    released = {version["version"] for version in connector.get("released_versions") or []}
    return {"id": value} if value in released else None


@fake.handler("share_custom_connector_version", "suppress_custom_connector_version")
def oem_share(call: Call) -> Reply:
    """The version customers get: the one shared last, none once suppressed."""
    connector = call.store.get(CUSTOM, call.path["custom_connector_id"]) or {}
    connector["oem_shared_version"] = call.path.get("version")
    call.store.put(CUSTOM, connector["id"], connector)
    return _success()


@fake.handler("share_recipe")
def share_recipe(call: Call) -> Reply:
    """No documented read shows a shared recipe; the engine answers 404 for one that is missing."""
    return _success()


@fake.alias(ASSIGNED)
def partner_profile(store: Any, value: Any, parent: str) -> dict[str, Any] | None:
    """The partner's profiles can be named in any customer's path."""
    return store.get(PROFILES, value)


@fake.handler("assign_custom_oauth_profile", "unassign_custom_oauth_profile")
def assignment(call: Call) -> Reply:
    """Either is idempotent: the profile ends assigned, or not."""
    key = call.path["custom_oauth_profile_id"]
    call.store.delete(ASSIGNED, key, _customer(call))
    if call.operation_id.startswith("assign"):
        call.store.insert(ASSIGNED, key, call.store.get(PROFILES, key) or {}, _customer(call))
    return _success()


# Recipes and jobs


def _json_text(fields: dict[str, Any], name: str, kind: type) -> Any:
    try:
        value = parse_json(fields[name].encode("utf-8", "surrogatepass"))
    except BadInput as exc:
        raise _bad(name, f"Not JSON: {exc}") from None
    if not isinstance(value, kind):
        raise _bad(name, f"Must be a JSON {'object' if kind is dict else 'array'}")
    return value


def _recipe_fields(call: Call, customer: str, recipe: dict[str, Any], fields: dict[str, Any]) -> None:
    """Apply a `recipe` hash: `code` and `config` are JSON text; config's connections are this customer's."""
    recipe.update({name: fields[name] for name in ("name", "description", "folder_id") if name in fields})
    if "code" in fields:
        recipe["trigger_application"] = _json_text(fields, "code", dict).get("provider")
        recipe["code"] = fields["code"]
    if "config" in fields:
        config = _json_text(fields, "config", list)
        problems = [error.message for error in CONFIG.iter_errors(config)]
        if problems:
            raise _bad("config", "; ".join(problems))
        unknown = {e.get("account_id") for e in config} - {None}
        unknown -= {c["id"] for c in call.store.all(CONNECTIONS, customer)}
        if unknown:
            raise _bad("config", f"No connection {', '.join(map(str, sorted(unknown)))} in this account")
        recipe["config"] = config
    providers = [entry["provider"] for entry in recipe.get("config") or [] if entry.get("provider")]
    recipe["applications"] = providers
    recipe["action_applications"] = [p for p in providers if p != recipe.get("trigger_application")]


def _new_recipe(call: Call, customer: str, recipe: dict[str, Any]) -> None:
    """A stopped recipe that never ran, authored by the customer account it was made in."""
    owner = call.store.get("/api/managed_users", customer.rpartition("/")[2]) or {}
    recipe.update(user_id=int(customer.rpartition("/")[2]), running=False, copy_count=0, parameters_schema=[])
    recipe.update(
        parameters={}, job_succeeded_count=0, job_failed_count=0, lifetime_task_count=0, version_no=1
    )
    recipe.update(config=[], code="{}", trigger_application=None, trigger_closure=None, stop_cause=None)
    recipe.update(webhook_url=None, last_run_at=None, stopped_at=None, version_comment=None)
    recipe.setdefault("folder_id", None)
    recipe.setdefault("description", "")
    author = owner.get("name") or "Customer"
    recipe.update(author_name=author, version_author_name=author)
    recipe["version_author_email"] = owner.get("notification_email") or "owner@customer.example"


@fake.after("create_recipe", "update_recipe")
def recipe_body(call: Call, recipe: dict[str, Any]) -> None:
    """A running recipe's code and config cannot change; a change of either is a new version."""
    fields = call.body["recipe"]
    if call.operation_id == "create_recipe":
        _new_recipe(call, call.parent, recipe)
    elif recipe["running"] and {"code", "config"} & set(fields):
        changed = sorted({"code", "config"} & set(fields))
        message = f"Recipe {recipe['id']} is running; stop it to change its {' or '.join(changed)}"
        raise Problem(400, "Bad request", {name: [message] for name in changed})
    else:
        changed = any(recipe.get(name) != value for name, value in fields.items())
        recipe["version_no"] += int(bool({"code", "config"} & set(fields)))
        recipe["updated_at"] = call.now() if changed else recipe["updated_at"]
    _recipe_fields(call, call.parent, recipe, fields)


@fake.before("delete_recipe", "stop_recipe")
def stop_first(call: Call) -> None:
    running = (call.item or {}).get("running")
    if running == (call.operation_id == "delete_recipe"):
        state = "running; stop it first" if running else "not running"
        raise Problem(400, f"Recipe {call.path['recipe_id']} is {state}")


@fake.after("stop_recipe")
def stopped(call: Call, recipe: dict[str, Any]) -> None:
    recipe.update(stopped_at=call.now(), stop_cause=None)


@fake.handler("start_recipe")
def start(call: Call) -> Reply:
    """Starts when every connection it names is authorized, and runs its trigger once (one job)."""
    recipe = dict(call.item or {})
    if recipe["running"]:
        raise Problem(400, f"Recipe {recipe['id']} is already running")
    errors = [
        [entry.get("provider"), f"Connection {entry['account_id']} is not connected"]
        for entry in recipe.get("config") or []
        if entry.get("account_id") is not None
        and (call.store.get(CONNECTIONS, entry["account_id"], call.parent) or {}).get("authorized_at") is None
    ]
    if not errors:
        _run(call, recipe)
    return Reply(200, {"success": not errors, "code_errors": [], "config_errors": errors})


def _run(call: Call, recipe: dict[str, Any]) -> None:
    """Running, and its trigger fired once: one succeeded job."""
    now, counts = call.now(), ("job_succeeded_count", "lifetime_task_count")
    recipe.update(running=True, stop_cause=None, stopped_at=None, last_run_at=now)
    recipe.update({name: recipe.get(name, 0) + 1 for name in counts})
    job = {"id": f"j-{secrets.token_urlsafe(12)}", "flow_run_id": call.store.next_id("flow_runs", 1983746000)}
    job.update(
        JOB,
        started_at=now,
        completed_at=now,
        title=f"New {recipe.get('trigger_application') or 'trigger'} event",
    )
    call.store.insert(JOBS, job["id"], job, f"{call.parent}/recipes/{recipe['id']}")
    call.store.put(RECIPES, recipe["id"], recipe, call.parent)


@fake.handler("list_recipes")
def list_recipes(call: Call) -> Reply:
    """The declared filters in SQL; `since_id`, `stopped_after`, `updated_after` and the connector
    filters here. `includes[]=tags` adds each recipe's tags; `order` and `exclude_code` change nothing."""
    query = call.query
    where = [
        Condition(f.field, query[p]) for p, f in call.operation.filters.items() if query.get(p) is not None
    ]
    since, after, updated = query.get("since_id"), query.get("stopped_after"), query.get("updated_after")
    any_of, all_of = (
        {*(query.get(name) or "").split(",")} - {""} for name in ("adapter_names_any", "adapter_names_all")
    )
    found = [
        recipe
        for recipe in call.store.select(RECIPES, call.parent, where, "id", True)
        if (since is None or recipe["id"] < since)
        and (after is None or _later(recipe.get("stopped_at"), after))
        and (updated is None or _later(recipe.get("updated_at"), updated))
        and (not any_of or any_of & {*recipe.get("applications", [])})
        and all_of <= {*recipe.get("applications", [])}
    ]
    size, tags = query["per_page"], "tags" in (query.get("includes[]") or [])
    page = found[(query["page"] - 1) * size : query["page"] * size]
    return Reply(200, {"result": [{**r, "tags": r.get("tags") or []} if tags else r for r in page]})


def _later(moment: str | None, than: str) -> bool:
    """RFC 3339 instants compared; a leap second counts as the second before it."""
    if moment is None:
        return False
    first, second = (datetime.fromisoformat(text.upper().replace(":60", ":59")) for text in (moment, than))
    return first > second


@fake.handler("search_public_recipes")
def search(call: Call) -> Reply:
    wanted, term = set(call.body["applications"].split(",")), (call.query.get("term") or "").lower()
    found = [
        recipe
        for recipe in call.store.all(PUBLIC)
        if wanted & {*recipe.get("applications", []), *recipe.get("action_applications", [])}
        and term in f"{recipe['name']} {recipe.get('description') or ''}".lower()
    ]
    page, size = call.query["page"], call.query["per_page"]
    return Reply(200, {"items": found[page * size : (page + 1) * size]})


@fake.handler("list_jobs")
def list_jobs(call: Call) -> Reply:
    """Newest first, at most 100; `offset_job_id` pages to older jobs, or newer ones with `prev`."""
    query, recipe = call.query, call.store.get(RECIPES, call.path["recipe_id"], _customer(call)) or {}
    offset = query.get("offset_job_id")
    if offset is not None and call.store.get(JOBS, offset, call.parent) is None:
        raise _bad("offset_job_id", f"No job {offset} of recipe {recipe.get('id')}")
    cursor = {("before" if query["prev"] else "after"): offset}
    where = [Condition("status", query["status"])] if query.get("status") else []
    jobs = (
        []
        if query["rerun_only"]
        else call.store.select(JOBS, call.parent, where, "started_at", True, 100, **cursor)
    )
    counts = {name: recipe.get(name, 0) for name in ("job_succeeded_count", "job_failed_count")}
    return Reply(200, {**counts, "job_count": call.store.count(JOBS, call.parent), "items": jobs})


# Lookup tables


@fake.after("create_lookup_table")
def new_table(call: Call, table: dict[str, Any]) -> None:
    """Columns are named `col1`… in the order given; labels must be unique."""
    fields = call.body["lookup_table"]
    labels = [column["label"] for column in fields["schema"]]
    if len(set(labels)) < len(labels):
        raise _bad("schema", "Column labels must be unique")
    columns = [
        {"control_type": "text", "label": label, "name": f"col{n}", "type": "string", "sticky": True}
        for n, label in enumerate(labels, 1)
    ]
    project = fields.get("project_id")
    table.update(
        name=fields["name"], schema=json.dumps(columns), project_id=None if project is None else str(project)
    )


def _labels(call: Call, sent: dict[str, Any], field: str) -> list[str]:
    """The table's column labels; a label sent (in `field`) that is not one is 400."""
    table = call.store.get(TABLES, call.path["lookup_table_id"], _customer(call)) or {}
    labels = [column["label"] for column in json.loads(table.get("schema") or "[]")]
    unknown = sorted(set(sent) - set(labels))
    if unknown:
        raise _bad(field, f"The table has no column {', '.join(map(repr, unknown))}")
    return labels


@fake.after("add_lookup_table_row", "update_lookup_table_row")
def typed_row(call: Call, row: dict[str, Any]) -> None:
    """Every column of the table, null when never set; an update keeps the columns not sent."""
    sent, kept = call.body["data"], (call.item or {}).get("data") or {}
    row["data"] = {label: sent.get(label, kept.get(label)) for label in _labels(call, sent, "data")}


@fake.handler("look_up_lookup_table_row")
def look_up(call: Call) -> Reply:
    wanted = call.query["by"]
    _labels(call, wanted, "by")
    rows = call.store.select(ROWS, call.parent, order="id")
    match = next((row for row in rows if all(row["data"].get(k) == v for k, v in wanted.items())), None)
    if match is None:
        raise Problem(404, "Not found: no row has these values")
    return Reply(200, match)


@fake.handler("batch_delete_lookup_tables")
def batch_delete(call: Call) -> Reply:
    """All the tables named, with their rows, or none of them."""
    ids = call.body["ids"]
    missing = [key for key in ids if call.store.get(TABLES, key, call.parent) is None]
    if missing:
        raise Problem(404, f"Not found: lookup tables {', '.join(map(str, missing))}")
    for key in ids:
        call.store.delete(TABLES, key, call.parent, f"{call.parent}/lookup_tables/{key}")
    return Reply(200, {"data": {"status": "success"}})


# Recipe lifecycle: manifests, exports, imports


@fake.after("create_export_manifest", "update_export_manifest")
def manifest_body(call: Call, manifest: dict[str, Any]) -> None:
    """Every asset named must exist in this customer's account."""
    fields = call.body["export_manifest"]
    for asset in fields.get("assets") or []:
        kind = ASSETS.get(asset["type"])
        if kind is None or call.store.get(kind, asset["id"], call.parent) is None:
            raise _bad("assets", f"No {asset['type']} {asset['id']} in this account")
    if call.operation_id.startswith("create"):
        manifest.update(status="working", last_exported_at=None, deleted_at=None)
    elif any(manifest.get(name) != value for name, value in fields.items()):
        manifest["updated_at"] = call.now()
    manifest.update(fields)
    manifest["project_path"] = _folder_path(call, manifest.get("folder_id"))


def _folder_path(call: Call, folder_id: Any) -> str:
    """The names of the folder and its parents, outermost first, `/`-separated ("" for none)."""
    names, seen = [], set()
    while folder_id is not None and folder_id not in seen:
        seen.add(folder_id)
        folder = call.store.get(FOLDERS, folder_id, call.parent) or {}
        names.insert(0, folder.get("name") or str(folder_id))
        folder_id = folder.get("parent_id")
    return "/".join(names)


def _snapshot(call: Call, asset: dict[str, Any]) -> dict[str, Any] | None:
    """What the zip holds for an asset (never credentials), or None when it is gone."""
    item = call.store.get(ASSETS[asset["type"]], asset["id"], call.parent)
    if item is None:
        return None
    if asset["type"] == "connection":
        return {"id": item["id"], "name": item.get("name"), "provider": item["provider"]}
    if asset["type"] == "recipe":
        fields = ("name", "code", "description")
        return {
            **{k: item[k] for k in fields if item.get(k) is not None},
            "config": json.dumps(item["config"]),
        }
    rows = call.store.select(ROWS, f"{call.parent}/lookup_tables/{item['id']}", order="id")
    return {"name": item["name"], "schema": json.loads(item["schema"]), "rows": [row["data"] for row in rows]}


@fake.alias(EXPORTS)
def manifest_named(store: Any, value: Any, parent: str) -> dict[str, Any] | None:
    """POST `exports/{id}` names a manifest, GET a package (one path, see the spec)."""
    return {"manifest": value} if store.get(MANIFESTS, value, parent) else None


@fake.handler("export_package")
def export(call: Call) -> Reply:
    manifest = call.store.get(MANIFESTS, call.path["id"], call.parent)
    if manifest is None:
        raise Problem(404, f"Not found: export manifest {call.path['id']}")
    package = {"id": call.store.next_id(PACKAGES, 240), "operation_type": "export", "status": "in_progress"}
    package.update(export_manifest_id=manifest["id"], download_url=None, error=None, _reads=0)
    buffer, gone = io.BytesIO(), []
    with zipfile.ZipFile(buffer, "w") as zipped:
        for n, asset in enumerate(a for a in manifest["assets"] if a.get("checked", True)):
            found = _snapshot(call, asset)
            gone += [] if found else [f"{asset['type']} {asset['id']}"]
            name = asset.get("zip_name") or f"asset_{n}.{asset['type']}.json"
            zipped.writestr(name, json.dumps({"type": asset["type"], **(found or {})}))
    package["_error"] = f"Assets no longer in the account: {', '.join(gone)}" if gone else None
    package["_url"] = "data:application/zip;base64," + base64.b64encode(buffer.getvalue()).decode()
    call.store.insert(EXPORTS, package["id"], package, call.parent)
    call.store.put(MANIFESTS, manifest["id"], {**manifest, "last_exported_at": call.now()}, call.parent)
    return Reply(200, {"result": _shown(package)})


def _shown(package: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in package.items() if not name.startswith("_")}


def _settle(call: Call, kind: str, package: dict[str, Any], finish: Any) -> dict[str, Any]:
    """The first read sees a package in progress, the next one its outcome (`finish` settles it)."""
    if package["status"] == "in_progress":
        if package["_reads"]:
            finish(call, package)
        package["_reads"] += 1
        call.store.put(kind, package["id"], package, call.parent)
    return _shown(package)


def _exported(call: Call, package: dict[str, Any]) -> None:
    failed = package.get("_error")
    package.update(status="failed" if failed else "completed", error=failed)
    package["download_url"] = None if failed else package["_url"]


@fake.handler("get_export_status")
def export_status(call: Call) -> Reply:
    if "operation_type" not in (call.item or {}):  # the id named a manifest, not a package
        raise Problem(404, f"Not found: export package {call.path['id']}")
    return Reply(200, {"result": _settle(call, EXPORTS, dict(call.item or {}), _exported)})


@fake.before("import_package")
def folder_exists(call: Call) -> None:
    if call.store.get(FOLDERS, call.query["folder_id"], call.parent) is None:
        raise Problem(404, f"Not found: folder_id {call.query['folder_id']} does not exist")


@fake.after("import_package")
def new_import(call: Call, package: dict[str, Any]) -> None:
    package.update(
        id=call.store.next_id(PACKAGES, 240), operation_type="import", status="in_progress", _reads=0
    )
    package.update(_zip=base64.b64encode(call.body).decode(), _folder=call.query["folder_id"])
    package["_restart"] = call.query["restart_recipes"]


@fake.handler("get_import_status")
def import_status(call: Call) -> Reply:
    return Reply(200, _settle(call, IMPORTS, dict(call.item or {}), _imported))


def _unzip(data: str) -> list[dict[str, Any]]:
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(data))) as zipped:
        assets = [json.loads(zipped.read(name)) for name in zipped.namelist()]
    if not assets or any(not isinstance(a, dict) or a.get("type") not in ASSETS for a in assets):
        raise ValueError("not an export")
    return assets


def _imported(call: Call, package: dict[str, Any]) -> None:
    """Unpack into the folder: assets of the same type and name there are updated, others created."""
    try:
        assets = sorted(_unzip(package["_zip"]), key=lambda a: a["type"] != "connection")  # recipes use them
    except (ValueError, KeyError, zipfile.BadZipFile):
        package.update(status="failed", error="The package is not a valid export zip")
        return
    folder, imported = package["_folder"], {}  # connections by their id in the package, recipes
    here = {
        (type_, item.get("name")): item
        for type_, kind in ASSETS.items()
        for item in reversed(call.store.select(kind, call.parent, [Condition("folder_id", folder)]))
    }  # the oldest of a name wins
    if not package["_restart"] and any(
        here.get(("recipe", a.get("name")), {}).get("running") for a in assets
    ):
        package.update(
            status="failed", error="The package changes running recipes; import with restart_recipes"
        )
        return
    for asset in assets:
        kind, found = ASSETS[asset["type"]], here.get((asset["type"], asset.get("name")))
        item = dict(found or {"id": call.store.next_id(kind), "created_at": call.now(), "folder_id": folder})
        item["updated_at"] = call.now()
        IMPORTERS[asset["type"]](call, item, asset, imported)
        (call.store.put if found else call.store.insert)(kind, item["id"], item, call.parent)
    recipes = [item for item in imported.values() if "running" in item]
    package.update(status="completed", error=None)
    package["recipe_status"] = [
        {"id": r["id"], "import_result": IMPORT_RESULT[r["running"]]} for r in recipes
    ]


def _import_connection(
    call: Call, item: dict[str, Any], asset: dict[str, Any], imported: dict[Any, Any]
) -> None:
    """Without credentials: a new connection is disconnected, an existing one keeps its state."""
    item.update({name: item.get(name) for name in (*AUTHORIZATION, *CONNECTION)})
    item.update(name=asset["name"], provider=asset["provider"])
    imported[asset["id"]] = item


def _import_recipe(call: Call, item: dict[str, Any], asset: dict[str, Any], imported: dict[Any, Any]) -> None:
    """Its config names the connections imported with it, else none."""
    if "running" not in item:
        _new_recipe(call, call.parent, item)
    config = [
        {**e, "account_id": (imported.get(e.get("account_id")) or {}).get("id")}
        for e in json.loads(asset["config"])
    ]
    _recipe_fields(call, call.parent, item, {**asset, "config": json.dumps(config)})
    imported[("recipe", item["id"])] = item


def _import_table(call: Call, table: dict[str, Any], asset: dict[str, Any], imported: dict[Any, Any]) -> None:
    """The table's rows are the package's."""
    table.update(name=asset["name"], schema=json.dumps(asset["schema"]), project_id=None)
    rows, now = f"{call.parent}/lookup_tables/{table['id']}", call.now()
    for row in call.store.all(ROWS, rows):
        call.store.delete(ROWS, row["id"], rows)
    for data in asset["rows"]:
        key = call.store.next_id(ROWS)
        call.store.insert(ROWS, key, {"id": key, "data": data, "created_at": now, "updated_at": now}, rows)


IMPORTERS = {"connection": _import_connection, "recipe": _import_recipe, "lookup_table": _import_table}
