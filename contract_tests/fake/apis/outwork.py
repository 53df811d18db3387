"""Outwork beyond its spec: one application per organization, naming a partner type the instance has
(the page's own partner types, from its example, unless the instance has its own)."""

from __future__ import annotations

from typing import Any

from ..hooks import Call, Fake, Problem, Reply
from ..store import Store

ALREADY_REGISTERED = "This organization is already registered"
PARTNER_TYPES = "/api/partner_type/"


def error_body(status: int, message: str, fields: dict[str, list[str]]) -> Any:
    if status == 400:
        return fields or {"non_field_errors": [message]}
    if status in (401, 403):
        return {"detail": "Authentication credentials were not provided."}
    return {"detail": message}


def seed(store: Store, settings: dict[str, Any]) -> None:
    """An instance's own partner types (`build_app(api, partner_types=[...])`) replace the page's."""
    for number, name in enumerate(settings.get("partner_types") or (), 1):
        store.insert(PARTNER_TYPES, number, {"id": str(number), "name": name})


fake = Fake(error_body, seed, examples=("list_partner_types",))


@fake.handler("apply_partner")
def apply_partner(call: Call) -> Reply:
    """An application answers `{}`; organizations are unique by name and by domain, case-insensitively."""
    body = call.body
    errors: dict[str, list[str]] = {}
    names = {t["name"] for t in call.store.all(PARTNER_TYPES)}
    if "partner_type" in body and body["partner_type"] not in names:
        errors["partner_type"] = [f"Unknown partner type {body['partner_type']!r}."]
    org_key = body["organization_name"].strip().casefold()
    domain_key = body["organization_domain"].strip().casefold()
    if call.store.get("organization", org_key) or call.store.get("domain", domain_key):
        errors["organization_name"] = [ALREADY_REGISTERED]
        errors["organization_domain"] = [ALREADY_REGISTERED]
    if errors:
        raise Problem(400, "Bad Request", errors)
    call.store.insert("organization", org_key, body)
    call.store.insert("domain", domain_key, {"organization": org_key})
    return Reply(200, {})
