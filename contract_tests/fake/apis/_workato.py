"""What every Workato fake shares: error bodies, the account's clock, and the API platform's
behaviour, written once for the account's own platform (`/api/...`) and for each customer
account's (`/api/managed_users/{managed_user_id}/...`).

Mirrors `specs/workato-common.yaml`, which both Workato specs reuse.
"""

from __future__ import annotations

import re
import secrets
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from ..hooks import Call, Fake, Problem

# Workato stamps times in the account's zone; the vendor's examples are in US Pacific daylight time.
ACCOUNT_ZONE = timezone(timedelta(hours=-7))
SECRET_FIELDS = ("jwt_method", "jwt_secret", "oauth_client_id", "oauth_client_secret", "secret")
ISSUED = {"token": {"secret": 30}, "oauth2": {"oauth_client_id": 16, "oauth_client_secret": 32}}  # hex bytes
SETTINGS = {"ip_allow_list": [], "oidc_issuer": None, "oidc_jwks_uri": None, "access_profile_claim": None}
SETTINGS |= {"required_claims": [], "allowed_issuers": []}


def error_body(status: int, message: str, fields: dict[str, list[str]]) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message}
    if status >= 500:
        body["id"] = str(uuid.uuid4())
    elif fields:
        body["errors"] = fields
    return body


def now() -> str:
    return datetime.now(ACCOUNT_ZONE).isoformat(timespec="milliseconds")


def issue_secrets(profile: dict[str, Any], previous: dict[str, Any] | None, sent: dict[str, Any]) -> None:
    """The secret fields for the profile's auth type: kept when the type is unchanged, else issued
    (jwt's are the ones `sent`); the other types' secret fields are null."""
    kept = previous if previous and previous["auth_type"] == profile["auth_type"] else {}
    profile.update(dict.fromkeys(SECRET_FIELDS))
    for name, size in ISSUED.get(profile["auth_type"], {}).items():
        profile[name] = kept.get(name) or secrets.token_hex(size)
    if profile["auth_type"] == "jwt":
        profile.update(jwt_method=sent.get("jwt_method"), jwt_secret=sent.get("jwt_secret"))


def api_platform(fake: Fake, base: str, recipes: str, slug: str = "abstergoi") -> None:
    """The API platform's rules, for collections, endpoints, clients and access profiles under `base`
    (a path template), endpoints backed by the recipes of kind `recipes` (an item with `running`)."""
    collections, clients = f"{base}/api_collections", f"{base}/api_clients"

    @fake.after("create_api_collection")
    def new_collection(call: Call, collection: dict[str, Any]) -> None:
        name = re.sub(r"[^a-z0-9]+", "-", collection["name"].lower()).strip("-")[:40] or str(collection["id"])
        collection.update(version="1.0", url=f"https://api.na.workato.com/{slug}/{name}-v1")
        token = secrets.token_hex(16)
        collection["api_spec_url"] = f"https://www.workato.com/doc/service/{name}-v1/swagger?token={token}"

    @fake.before("enable_api_endpoint")
    def recipe_running(call: Call) -> None:
        recipe_id = (call.item or {})["flow_id"]
        if not (call.store.get(recipes, recipe_id, call.parent) or {}).get("running"):
            raise Problem(400, f"Recipe {recipe_id} is not running; start it to enable the endpoint")

    @fake.before("create_api_access_profile", "update_api_access_profile")
    def references_exist(call: Call) -> None:
        """The client must exist (404, as for a path); the collections too (400, they are body fields)."""
        client_id = call.query.get("api_client_id")
        if client_id is not None and call.store.get(clients, client_id, call.parent) is None:
            raise Problem(404, f"API client {client_id} not found")
        ids = call.body["api_collection_ids"]
        unknown = sorted({i for i in ids if call.store.get(collections, i, call.parent) is None})
        if unknown:
            listed = ", ".join(map(str, unknown))
            raise Problem(400, "Bad request", {"api_collection_ids": [f"No API collection with id {listed}"]})

    @fake.after("create_api_access_profile", "update_api_access_profile")
    def profile_secrets(call: Call, profile: dict[str, Any]) -> None:
        """PUT replaces the settings (absent ones reset); secrets follow the auth type. Claim settings
        are kept as sent whatever the auth type: they take effect for jwt and oidc, but must read back."""
        profile.update({name: call.body.get(name, empty) for name, empty in SETTINGS.items()})
        issue_secrets(profile, call.item if call.operation_id.startswith("update") else None, call.body)

    @fake.before("refresh_api_access_profile_secret")
    def refreshable(call: Call) -> None:
        profile = call.item or {}
        if profile["auth_type"] not in ISSUED:
            raise Problem(
                400, f"Access profile {profile['id']} uses {profile['auth_type']}; it has no secret"
            )

    @fake.after("refresh_api_access_profile_secret")
    def new_secrets(call: Call, profile: dict[str, Any]) -> None:
        issue_secrets(profile, None, profile)
