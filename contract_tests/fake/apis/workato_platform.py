"""Workato API Platform beyond its spec: the platform's rules (`_workato.api_platform`) for the
account's own objects, seed data beyond the page's examples (`workato_platform.seed.yaml`):
collections with endpoints whose recipes run or are stopped, and a profile of each auth type, under
the ids the vendor's examples use, so the page's sample calls work against the fake; and the v2 API
clients with their keys (Workato's published OpenAPI, `workato-api-spec.yaml`).

The v1 and v2 clients are separate collections here: the sources do not say how one shows in the
other's list.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from ..hooks import Call, Fake, Problem
from ._workato import api_platform, error_body, now

EXAMPLES = ("list_api_collections", "list_api_endpoints", "list_api_clients")
fake = Fake(error_body, now=now, examples=EXAMPLES, seeds=Path(__file__).with_suffix(".seed.yaml"))
api_platform(fake, "/api", recipes="recipe")

COLLECTIONS, V2_CLIENTS = "/api/api_collections", "/api/v2/api_clients"


def _token() -> str:
    return secrets.token_hex(32)  # 64 hex digits, as the vendor's example tokens


@fake.before("create_v2_api_client")
def collections_exist(call: Call) -> None:
    """Every collection the client may call must exist (400: a body field)."""
    unknown = sorted({i for i in call.body["api_collection_ids"] if call.store.get(COLLECTIONS, i) is None})
    if unknown:
        listed = ", ".join(map(str, unknown))
        raise Problem(400, "Bad request", {"api_collection_ids": [f"No API collection with id {listed}"]})


@fake.after("create_v2_api_client")
def new_v2_client(call: Call, client: dict[str, Any]) -> None:
    """The collections and policy by reference, a token for token clients, no keys yet."""
    ids = list(dict.fromkeys(call.body["api_collection_ids"]))
    client["api_collections"] = [
        {"id": i, "name": (call.store.get(COLLECTIONS, i) or {}).get("name", "")} for i in ids
    ]
    policy = call.body.get("api_policy_id")
    client["api_policies"] = [{"id": policy}] if policy is not None else []
    client["api_token"] = _token() if client["auth_type"] == "token" else None
    client.update(active_api_keys_count=0, total_api_keys_count=0)


@fake.after("create_api_key")
def new_key(call: Call, key: dict[str, Any]) -> None:
    """Workato issues the token; the client counts its keys."""
    key.update(auth_type="token", auth_token=_token())
    key.setdefault("ip_allow_list", [])
    key.setdefault("ip_deny_list", [])
    client_id = call.path["api_client_id"]
    client = dict(call.store.get(V2_CLIENTS, client_id) or {})
    client["total_api_keys_count"] = client.get("total_api_keys_count", 0) + 1
    client["active_api_keys_count"] = client.get("active_api_keys_count", 0) + bool(key["active"])
    call.store.put(V2_CLIENTS, client_id, client)


@fake.after("refresh_api_key_secret")
def new_token(call: Call, key: dict[str, Any]) -> None:
    key["auth_token"] = _token()
