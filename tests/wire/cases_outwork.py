"""Outwork: the requests of ../shared/api-docs/outwork-partner-api.txt (its two curl examples)."""

from __future__ import annotations

from outwork_client.models import PartnerApplication

from .harness import Expected, WireCase

PAGE = "outwork-partner-api.txt"
# The curl examples write the token as XX:XXXXX:XXXXXXXXXX (line 60) and the host as acme (line 61).
TOKEN = "XX:XXXXX:XXXXXXXXXX"
CLIENT = {"application_token": TOKEN, "tenant": "acme"}
AUTHORIZATION = f'OUTWORK-TOKEN application_token="{TOKEN}"'

CASES = [
    WireCase(
        id="outwork-list-partner-types",
        api="outwork_client",
        operation="list_partner_types",
        source=f"{PAGE}:60",
        client=CLIENT,
        call=lambda c: c.partner_types.list(),
        expected=Expected("GET", "https://acme.outwork.com/api/partner_type/", AUTHORIZATION),
    ),
]

CASES.append(
    WireCase(
        id="outwork-apply-partner",
        api="outwork_client",
        operation="apply_partner",
        source=f"{PAGE}:80",
        client=CLIENT,
        call=lambda c: c.applications.apply_partner(
            body=PartnerApplication.from_dict(
                {
                    "organization_name": "Doe, Inc.",
                    "first_name": "john",
                    "last_name": "doe",
                    "email": "jdoe@example.com",
                    "organization_domain": "example.com",
                    "partner_type": "Tech Partner",
                }
            )
        ),
        expected=Expected(
            "POST",
            "https://acme.outwork.com/api/apply/",
            AUTHORIZATION,
            content_type="application/json",
            body={
                "organization_name": "Doe, Inc.",
                "first_name": "john",
                "last_name": "doe",
                "email": "jdoe@example.com",
                "organization_domain": "example.com",
                "partner_type": "Tech Partner",
            },
        ),
        reading=(
            "The curl passes the body with -d and no Content-Type (curl would say form-urlencoded); "
            "line 31 says 'Data must be passed in JSON', so the expected type is application/json."
        ),
    )
)
