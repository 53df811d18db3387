"""Every Outwork operation through the generated client against the fake."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from outwork_client import OutworkClient
from outwork_client._runtime import ValidationError
from outwork_client.api.applications import apply_partner
from outwork_client.api.partner_types import list_partner_types
from outwork_client.models import ApplicationAccepted, Detail, FieldErrors, PartnerApplication

from .conftest import TOKEN


def application(org: str = "Doe, Inc.", domain: str = "example.com", **extra: str) -> PartnerApplication:
    body = PartnerApplication(
        organization_name=org,
        organization_domain=domain,
        first_name="john",
        last_name="doe",
        email="jdoe@example.com",
    )
    for key, value in extra.items():
        body[key] = value
    return body


def test_lists_seeded_partner_types_sync_and_async(outwork_url):
    client = OutworkClient(application_token=TOKEN, base_url=outwork_url)
    names = [t.name for t in list_partner_types.sync(client=client)]
    assert names == ["Default", "Tech Partner"]
    assert [t.name for t in asyncio.run(list_partner_types.asyncio(client=client))] == names


def test_partner_types_are_configurable(fake_url):
    with fake_url("outwork", partner_types=["Reseller"]) as url:
        client = OutworkClient(application_token=TOKEN, base_url=url)
        assert [(t.id, t.name) for t in list_partner_types.sync(client=client)] == [("1", "Reseller")]


def test_apply_with_type_comment_and_extra_fields(outwork_url):
    client = OutworkClient(application_token=TOKEN, base_url=outwork_url)
    body = application(partner_type="Tech Partner", comment="hello", industry="retail")
    assert isinstance(apply_partner.sync(client=client, body=body), ApplicationAccepted)


def test_duplicate_organization_parses_into_the_400_model(outwork_url):
    client = OutworkClient(application_token=TOKEN, base_url=outwork_url)
    apply_partner.sync(client=client, body=application())
    response = apply_partner.sync_detailed(client=client, body=application(domain="other.example.com"))
    assert response.status_code == 400
    assert isinstance(response.parsed, FieldErrors)
    assert response.parsed["organization_name"] == ["This organization is already registered"]
    assert response.parsed["organization_domain"] == ["This organization is already registered"]


def test_unknown_partner_type_is_a_400_naming_the_field(outwork_url):
    client = OutworkClient(application_token=TOKEN, base_url=outwork_url)
    parsed = apply_partner.sync_detailed(client=client, body=application(partner_type="Nope")).parsed
    assert isinstance(parsed, FieldErrors)
    assert "partner_type" in parsed.additional_properties
    with pytest.raises(ValidationError) as raised:
        apply_partner.sync(client=client, body=application(partner_type="Nope"))
    assert list(raised.value.errors) == ["partner_type"]
    assert isinstance(raised.value.model, FieldErrors)


def test_wrong_token_is_403_with_detail(outwork_url):
    client = OutworkClient(application_token="wrong", base_url=outwork_url)
    response = list_partner_types.sync_detailed(client=client)
    assert response.status_code == 403
    assert isinstance(response.parsed, Detail)
    assert apply_partner.sync_detailed(client=client, body=application()).status_code == 403


def test_sends_exactly_the_documented_header_and_never_shows_the_token(outwork_url):
    seen: list[str] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.headers["Authorization"])

    client = OutworkClient(
        application_token="s3cr3t:token",
        base_url=outwork_url,
        httpx_args={"event_hooks": {"request": [record]}},
    )
    list_partner_types.sync_detailed(client=client)
    assert seen == ['OUTWORK-TOKEN application_token="s3cr3t:token"']
    assert "s3cr3t" not in repr(client) and "s3cr3t" not in str(client)


def test_tenant_selects_the_server_and_base_url_wins():
    assert OutworkClient(application_token="t", tenant="doe").base_url == "https://doe.outwork.com"
    assert OutworkClient(application_token="t", tenant="doe", base_url="http://x").base_url == "http://x"
