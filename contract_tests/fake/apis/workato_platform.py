"""Workato API Platform: endpoints backed by recipes that may be stopped, and per-auth-type secrets.

New collections start without endpoints (this API cannot add any), so the seed gives collections
endpoints whose recipes run and endpoints whose recipes are stopped. Seeded ids are the ones the
vendor's examples use, so the page's sample calls work against the fake.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from ..engine import Call, Fake, Problem, Reply
from ..store import Store
from ._workato import SUCCESS, error_body, now, page

ACCOUNT_SLUG = "abstergoi"
SECRET_FIELDS = ("jwt_method", "jwt_secret", "oauth_client_id", "oauth_client_secret", "secret")
CLAIM_FIELDS = ("oidc_issuer", "oidc_jwks_uri", "access_profile_claim")
CLAIM_LISTS = ("required_claims", "allowed_issuers")
# Ids handed out after the seeded ones.
FIRST_IDS = {"collection": 1400, "endpoint": 9910, "recipe": 40000, "client": 1900, "profile": 27900}
SEED_COLLECTIONS = ((1361, "Quote to cash"), (1388, "Salesforce accounts"), (1391, "Netsuite customers"))
# (endpoint id, collection id, method, path, is its recipe running?)
SEED_ENDPOINTS = (
    (1213, 1391, "PUT", "customers", True),
    (9903, 1391, "GET", "salesforce/search", False),
    (9904, 1361, "GET", "quotes/search", True),
    (9905, 1361, "POST", "orders", False),
)
SEED_CLIENTS = ((1255, "Automation Inc.", "523144"), (1890, "Umbrella Corporation", "423455"))
# (profile id, client id, body as a create call would send it)
SEED_PROFILES: tuple[tuple[int, int, dict[str, Any]], ...] = (
    (26962, 1255, {"name": "Sales team", "api_collection_ids": [1391], "active": True, "auth_type": "token"}),
    (27894, 1255, {"name": "Partners", "api_collection_ids": [1388], "active": True, "auth_type": "oauth2"}),
    (
        1213,
        1890,
        {
            "name": "HMAC API",
            "api_collection_ids": [1361],
            "active": False,
            "auth_type": "jwt",
            "jwt_method": "hmac",
            "jwt_secret": "shared-hmac-secret",
        },
    ),
)


def _next_id(store: Store, kind: str) -> int:
    return store.next_id(kind, FIRST_IDS[kind])


def _slug(name: str, fallback: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or fallback


def _new_collection(
    store: Store, name: str, project_id: str, collection_id: int | None = None
) -> dict[str, Any]:
    collection_id, stamp = collection_id or _next_id(store, "collection"), now()
    slug = f"{_slug(name, f'collection-{collection_id}')}-v1"
    collection = {
        "id": collection_id,
        "name": name,
        "version": "1.0",
        "url": f"https://api.na.workato.com/{ACCOUNT_SLUG}/{slug}",
        "api_spec_url": f"https://www.workato.com/doc/service/{slug}/swagger?token={secrets.token_hex(16)}",
        "created_at": stamp,
        "updated_at": stamp,
        "project_id": project_id,
    }
    store.insert("collection", collection_id, collection)
    return collection


def _new_endpoint(
    store: Store, endpoint_id: int, collection_id: int, method: str, path: str, running: bool
) -> None:
    collection = store.get("collection", collection_id) or {}
    recipe_id, stamp = _next_id(store, "recipe"), now()
    store.insert("recipe", recipe_id, {"id": recipe_id, "running": running})
    endpoint = {
        "id": endpoint_id,
        "api_collection_id": collection_id,
        "flow_id": recipe_id,
        "name": path.replace("/", " "),
        "method": method,
        "url": f"{collection['url']}/{path}",
        "legacy_url": None,
        "base_path": f"{collection['url'].removeprefix('https://api.na.workato.com')}/{path}",
        "path": path,
        "active": False,
        "legacy": False,
        "created_at": stamp,
        "updated_at": stamp,
    }
    store.insert("endpoint", endpoint_id, endpoint)


def _new_client(store: Store, name: str, project_id: str, client_id: int | None = None) -> dict[str, Any]:
    client_id, stamp = client_id or _next_id(store, "client"), now()
    client = {"id": client_id, "name": name, "created_at": stamp, "updated_at": stamp}
    client["project_id"] = project_id
    store.insert("client", client_id, client)
    return client


def _new_profile(
    store: Store, client_id: int, body: dict[str, Any], profile_id: int | None = None
) -> dict[str, Any]:
    profile_id, stamp = profile_id or _next_id(store, "profile"), now()
    profile = {"id": profile_id, "api_client_id": client_id, **_settings(body), **_secrets(body, None)}
    profile.update(created_at=stamp, updated_at=stamp)
    store.insert("profile", profile_id, profile)
    return profile


def seed(store: Store, settings: dict[str, Any]) -> None:
    for collection_id, name in SEED_COLLECTIONS:
        _new_collection(store, name, "523144", collection_id)
    for endpoint in SEED_ENDPOINTS:
        _new_endpoint(store, *endpoint)
    for client_id, name, project_id in SEED_CLIENTS:
        _new_client(store, name, project_id, client_id)
    for profile_id, client_id, body in SEED_PROFILES:
        _new_profile(store, client_id, body, profile_id)


fake = Fake(error_body=error_body, seed=seed)


def _found(call: Call, kind: str, key: int, label: str) -> dict[str, Any]:
    doc = call.store.get(kind, key)
    if doc is None:
        raise Problem(404, f"{label} {key} not found")
    return doc


@fake.operation("list_api_collections")
def list_api_collections(call: Call) -> Reply:
    return Reply(200, page(call, call.store.all("collection")))


@fake.operation("create_api_collection")
def create_api_collection(call: Call) -> Reply:
    return Reply(200, _new_collection(call.store, call.body["name"], call.query["project_id"]))


@fake.operation("list_api_endpoints")
def list_api_endpoints(call: Call) -> Reply:
    wanted = call.query.get("api_collection_id")
    endpoints = (e for e in call.store.all("endpoint") if wanted in (None, e["api_collection_id"]))
    return Reply(200, page(call, endpoints))


def _set_endpoint_active(call: Call, active: bool) -> Reply:
    endpoint = _found(call, "endpoint", call.path["api_endpoint_id"], "API endpoint")
    if active and not (call.store.get("recipe", endpoint["flow_id"]) or {}).get("running"):
        raise Problem(400, f"Recipe {endpoint['flow_id']} is not running; start it to enable the endpoint")
    return _set_active(call, "endpoint", endpoint, active)


def _set_active(call: Call, kind: str, doc: dict[str, Any], active: bool) -> Reply:
    """Enable or disable; asking for the state a resource is already in succeeds and changes nothing."""
    if doc["active"] != active:
        doc.update(active=active, updated_at=now())
        call.store.put(kind, doc["id"], doc)
    return SUCCESS


@fake.operation("enable_api_endpoint")
def enable_api_endpoint(call: Call) -> Reply:
    return _set_endpoint_active(call, True)


@fake.operation("disable_api_endpoint")
def disable_api_endpoint(call: Call) -> Reply:
    return _set_endpoint_active(call, False)


@fake.operation("list_api_clients")
def list_api_clients(call: Call) -> Reply:
    return Reply(200, list(call.store.all("client")))


@fake.operation("create_api_client")
def create_api_client(call: Call) -> Reply:
    return Reply(200, _new_client(call.store, call.body["name"], call.query["project_id"]))


def _secrets(body: dict[str, Any], previous: dict[str, Any] | None) -> dict[str, Any]:
    """The secret fields for the body's auth type: kept when the type is unchanged, else issued."""
    auth_type = body["auth_type"]
    kept = previous if previous and previous["auth_type"] == auth_type else {}
    issued: dict[str, Any] = dict.fromkeys(SECRET_FIELDS)
    if auth_type == "token":
        issued["secret"] = kept.get("secret") or secrets.token_hex(30)
    elif auth_type == "oauth2":
        issued["oauth_client_id"] = kept.get("oauth_client_id") or secrets.token_hex(16)
        issued["oauth_client_secret"] = kept.get("oauth_client_secret") or secrets.token_hex(32)
    elif auth_type == "jwt":
        issued["jwt_method"] = body["jwt_method"]
        issued["jwt_secret"] = body.get("jwt_secret")
    return issued


def _require_collections(call: Call) -> None:
    unknown = sorted({i for i in call.body["api_collection_ids"] if call.store.get("collection", i) is None})
    if unknown:
        listed = ", ".join(map(str, unknown))
        raise Problem(400, "Bad request", {"api_collection_ids": [f"No API collection with id {listed}"]})


def _settings(body: dict[str, Any]) -> dict[str, Any]:
    """The profile fields the body sets. Claim settings are kept as sent whatever the auth type: the page
    says they only apply to jwt and oidc, so they take effect there, but a PUT must still read back."""
    return {
        "name": body["name"],
        "api_collection_ids": body["api_collection_ids"],
        "active": body["active"],
        "auth_type": body["auth_type"],
        "ip_allow_list": body.get("ip_allow_list", []),
        **{key: body.get(key) for key in CLAIM_FIELDS},
        **{key: body.get(key, []) for key in CLAIM_LISTS},
    }


def _without_secrets(profile: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in profile.items() if key not in SECRET_FIELDS}


@fake.operation("list_api_access_profiles")
def list_api_access_profiles(call: Call) -> Reply:
    wanted = call.query.get("api_client_id")
    profiles = (p for p in call.store.all("profile") if wanted in (None, p["api_client_id"]))
    return Reply(200, [_without_secrets(p) for p in page(call, profiles)])


@fake.operation("create_api_access_profile")
def create_api_access_profile(call: Call) -> Reply:
    client = _found(call, "client", call.query["api_client_id"], "API client")
    _require_collections(call)
    return Reply(200, _new_profile(call.store, client["id"], call.body))


def _profile(call: Call) -> dict[str, Any]:
    return _found(call, "profile", call.path["api_access_profile_id"], "Access profile")


@fake.operation("update_api_access_profile")
def update_api_access_profile(call: Call) -> Reply:
    profile = _profile(call)
    _require_collections(call)
    profile.update(_settings(call.body), **_secrets(call.body, profile), updated_at=now())
    call.store.put("profile", profile["id"], profile)
    return Reply(200, profile)


@fake.operation("enable_api_access_profile")
def enable_api_access_profile(call: Call) -> Reply:
    return _set_active(call, "profile", _profile(call), True)


@fake.operation("disable_api_access_profile")
def disable_api_access_profile(call: Call) -> Reply:
    return _set_active(call, "profile", _profile(call), False)


@fake.operation("refresh_api_access_profile_secret")
def refresh_api_access_profile_secret(call: Call) -> Reply:
    profile = _profile(call)
    if profile["auth_type"] not in ("token", "oauth2"):
        raise Problem(
            400, f"Access profile {profile['id']} uses {profile['auth_type']}; only token and oauth2 refresh"
        )
    profile.update(_secrets(profile, None), updated_at=now())
    call.store.put("profile", profile["id"], profile)
    return Reply(200, profile)
