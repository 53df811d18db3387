"""An Outwork user's script: tenant selection, both resources, the detailed call, errors."""

from __future__ import annotations

import asyncio
from typing import assert_type

from outwork_client import AsyncOutworkClient, OutworkClient, ValidationError
from outwork_client.api.applications import apply_partner
from outwork_client.models import ApplicationAccepted, Detail, FieldErrors, PartnerApplication, PartnerType
from outwork_client.types import Response


def sync_calls() -> None:
    client = OutworkClient(application_token="XX:XXXXX:XXXXXXXXXX", tenant="doe")
    types = client.partner_types.list()
    assert_type(types, list[PartnerType])
    application = PartnerApplication(
        organization_name="Doe, Inc.",
        organization_domain="example.com",
        first_name="John",
        last_name="Doe",
        email="jdoe@example.com",
        partner_type=types[0].name,
    )
    try:
        assert_type(client.applications.apply_partner(body=application), ApplicationAccepted)
    except ValidationError as error:
        print(error.errors)
    raw = apply_partner.sync_detailed(client=client, body=application)
    assert_type(raw, Response[ApplicationAccepted | Detail | FieldErrors])


async def async_calls() -> list[str]:
    async with AsyncOutworkClient(application_token="t", base_url="http://127.0.0.1:1") as client:
        return [kind.name for kind in await client.partner_types.list()]


if __name__ == "__main__":
    sync_calls()
    print(asyncio.run(async_calls()))
