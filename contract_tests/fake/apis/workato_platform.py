"""Workato API Platform beyond its spec: endpoints backed by recipes that may be stopped, collections
and clients that profiles must name, and secrets issued per auth type.

New collections start without endpoints (this API cannot add any), so the seed gives collections
endpoints whose recipes run and endpoints whose recipes are stopped. Seeded ids are the ones the
vendor's examples use, so the page's sample calls work against the fake.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

from ..hooks import Call, Fake, Problem
from ._workato import error_body, now

ACCOUNT_SLUG = "abstergoi"
COLLECTIONS, ENDPOINTS = "/api/api_collections", "/api/api_endpoints"
CLIENTS, PROFILES, RUNNING = "/api/api_clients", "/api/api_access_profiles", "running recipe"
SECRET_FIELDS = ("jwt_method", "jwt_secret", "oauth_client_id", "oauth_client_secret", "secret")
ISSUED = {"token": {"secret": 30}, "oauth2": {"oauth_client_id": 16, "oauth_client_secret": 32}}  # hex bytes
SETTINGS = {"ip_allow_list": [], "oidc_issuer": None, "oidc_jwks_uri": None, "access_profile_claim": None}
SETTINGS |= {"required_claims": [], "allowed_issuers": []}


def _with_urls(collection: dict[str, Any]) -> dict[str, Any]:
    slug = re.sub(r"[^a-z0-9]+", "-", collection["name"].lower()).strip("-")[:40] or str(collection["id"])
    collection["version"] = "1.0"
    collection["url"] = f"https://api.na.workato.com/{ACCOUNT_SLUG}/{slug}-v1"
    token = secrets.token_hex(16)
    collection["api_spec_url"] = f"https://www.workato.com/doc/service/{slug}-v1/swagger?token={token}"
    return collection


def _issue_secrets(profile: dict[str, Any], previous: dict[str, Any] | None, sent: dict[str, Any]) -> None:
    """The secret fields for the profile's auth type: kept when the type is unchanged, else issued
    (jwt's are the ones `sent`); the other types' secret fields are null."""
    kept = previous if previous and previous["auth_type"] == profile["auth_type"] else {}
    profile.update(dict.fromkeys(SECRET_FIELDS))
    for name, size in ISSUED.get(profile["auth_type"], {}).items():
        profile[name] = kept.get(name) or secrets.token_hex(size)
    if profile["auth_type"] == "jwt":
        profile.update(jwt_method=sent.get("jwt_method"), jwt_secret=sent.get("jwt_secret"))


EXAMPLES = ("list_api_collections", "list_api_endpoints", "list_api_clients")
fake = Fake(error_body, now=now, examples=EXAMPLES, seeds=Path(__file__).with_suffix(".seed.yaml"))


@fake.after("create_api_collection")
def new_collection(call: Call, collection: dict[str, Any]) -> None:
    _with_urls(collection)


@fake.before("enable_api_endpoint")
def recipe_running(call: Call) -> None:
    recipe_id = (call.item or {})["flow_id"]
    if call.store.get(RUNNING, recipe_id) is None:
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
