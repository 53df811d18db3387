"""Workato API Platform beyond its spec: endpoints backed by recipes that may be stopped, collections
and clients that profiles must name, and secrets issued per auth type.

New collections start without endpoints (this API cannot add any), so the seed gives collections
endpoints whose recipes run and endpoints whose recipes are stopped. Seeded ids are the ones the
vendor's examples use, so the page's sample calls work against the fake.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from ..hooks import Call, Fake, Problem
from ..store import Store
from ._workato import error_body, now

ACCOUNT_SLUG = "abstergoi"
COLLECTIONS, ENDPOINTS = "/api/api_collections", "/api/api_endpoints"
CLIENTS, PROFILES, RECIPES = "/api/api_clients", "/api/api_access_profiles", "recipe"
SECRET_FIELDS = ("jwt_method", "jwt_secret", "oauth_client_id", "oauth_client_secret", "secret")
SETTINGS = {"ip_allow_list": [], "oidc_issuer": None, "oidc_jwks_uri": None, "access_profile_claim": None}
SETTINGS |= {"required_claims": [], "allowed_issuers": []}
# Ids handed out after the seeded ones.
FIRST_IDS = {COLLECTIONS: 1400, ENDPOINTS: 9910, RECIPES: 40000, CLIENTS: 1900, PROFILES: 27900}
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


def _with_urls(collection: dict[str, Any]) -> dict[str, Any]:
    slug = (
        re.sub(r"[^a-z0-9]+", "-", collection["name"].lower()).strip("-")[:40]
        or f"collection-{collection['id']}"
    )
    collection["version"] = "1.0"
    collection["url"] = f"https://api.na.workato.com/{ACCOUNT_SLUG}/{slug}-v1"
    collection["api_spec_url"] = (
        f"https://www.workato.com/doc/service/{slug}-v1/swagger?token={secrets.token_hex(16)}"
    )
    return collection


def _issue_secrets(profile: dict[str, Any], previous: dict[str, Any] | None, sent: dict[str, Any]) -> None:
    """The secret fields for the profile's auth type: kept when the type is unchanged, else issued
    (jwt's are the ones `sent`)."""
    auth_type = profile["auth_type"]
    kept = previous if previous and previous["auth_type"] == auth_type else {}
    issued: dict[str, Any] = dict.fromkeys(SECRET_FIELDS)
    if auth_type == "token":
        issued["secret"] = kept.get("secret") or secrets.token_hex(30)
    elif auth_type == "oauth2":
        issued["oauth_client_id"] = kept.get("oauth_client_id") or secrets.token_hex(16)
        issued["oauth_client_secret"] = kept.get("oauth_client_secret") or secrets.token_hex(32)
    elif auth_type == "jwt":
        issued["jwt_method"] = sent.get("jwt_method")
        issued["jwt_secret"] = sent.get("jwt_secret")
    profile.update(issued)


def seed(store: Store, settings: dict[str, Any]) -> None:
    stamp = now()
    for collection_id, name in SEED_COLLECTIONS:
        collection = {"id": collection_id, "name": name, "created_at": stamp, "updated_at": stamp}
        store.insert(COLLECTIONS, collection_id, _with_urls({**collection, "project_id": "523144"}))
    for endpoint_id, collection_id, method, path, running in SEED_ENDPOINTS:
        base = (store.get(COLLECTIONS, collection_id) or {})["url"]
        recipe_id = store.next_id(RECIPES, FIRST_IDS[RECIPES])
        store.insert(RECIPES, recipe_id, {"id": recipe_id, "running": running})
        endpoint = {"id": endpoint_id, "api_collection_id": collection_id, "flow_id": recipe_id}
        endpoint |= {
            "name": path.replace("/", " "),
            "method": method,
            "url": f"{base}/{path}",
            "legacy_url": None,
        }
        endpoint |= {"base_path": f"{base.removeprefix('https://api.na.workato.com')}/{path}", "path": path}
        endpoint |= {"active": False, "legacy": False, "created_at": stamp, "updated_at": stamp}
        store.insert(ENDPOINTS, endpoint_id, endpoint)
    for client_id, name, project_id in SEED_CLIENTS:
        client = {
            "id": client_id,
            "name": name,
            "created_at": stamp,
            "updated_at": stamp,
            "project_id": project_id,
        }
        store.insert(CLIENTS, client_id, client)
    for profile_id, client_id, body in SEED_PROFILES:
        profile = {"id": profile_id, "api_client_id": client_id, **SETTINGS, **body}
        _issue_secrets(profile, None, body)
        store.insert(PROFILES, profile_id, {**profile, "created_at": stamp, "updated_at": stamp})


fake = Fake(error_body=error_body, seed=seed, now=now, first_ids=FIRST_IDS)


@fake.after("create_api_collection")
def new_collection(call: Call, collection: dict[str, Any]) -> None:
    _with_urls(collection)


@fake.before("enable_api_endpoint")
def recipe_running(call: Call) -> None:
    recipe_id = (call.item or {})["flow_id"]
    if not (call.store.get(RECIPES, recipe_id) or {}).get("running"):
        raise Problem(400, f"Recipe {recipe_id} is not running; start it to enable the endpoint")


@fake.before("create_api_access_profile", "update_api_access_profile")
def references_exist(call: Call) -> None:
    """The client must exist (404, as for a path); the collections too (400, they are body fields)."""
    client_id = call.query.get("api_client_id")
    if client_id is not None and call.store.get(CLIENTS, client_id) is None:
        raise Problem(404, f"API client {client_id} not found")
    unknown = sorted({i for i in call.body["api_collection_ids"] if call.store.get(COLLECTIONS, i) is None})
    if unknown:
        listed = ", ".join(map(str, unknown))
        raise Problem(400, "Bad request", {"api_collection_ids": [f"No API collection with id {listed}"]})


@fake.after("create_api_access_profile", "update_api_access_profile")
def profile_secrets(call: Call, profile: dict[str, Any]) -> None:
    """PUT replaces the settings (absent ones reset); secrets follow the auth type. Claim settings are
    kept as sent whatever the auth type: they only take effect for jwt and oidc, but must read back."""
    profile.update({name: call.body.get(name, empty) for name, empty in SETTINGS.items()})
    _issue_secrets(
        profile, call.item if call.operation_id == "update_api_access_profile" else None, call.body
    )


@fake.before("refresh_api_access_profile_secret")
def refreshable(call: Call) -> None:
    profile = call.item or {}
    if profile["auth_type"] not in ("token", "oauth2"):
        raise Problem(
            400, f"Access profile {profile['id']} uses {profile['auth_type']}; only token and oauth2 refresh"
        )


@fake.after("refresh_api_access_profile_secret")
def new_secrets(call: Call, profile: dict[str, Any]) -> None:
    _issue_secrets(profile, None, profile)
