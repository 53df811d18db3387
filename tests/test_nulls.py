"""`without_optional_nulls`: what a server that reads an optional null as "not sent" sees, the one
definition the suite (no such case is sent as a refusal promise) and the liberty share. Bodies are
written here from the Embedded research notes (section 2: create customer, section 3: connections)."""

from __future__ import annotations

from contract_tests.openapi.loader import get_api
from contract_tests.openapi.model import ApiModel
from contract_tests.openapi.relations import without_optional_nulls

SPEC = get_api("workato-embedded").spec()
OPS = ApiModel.of(SPEC).by_id


def _body_schema(op_id: str):
    return OPS[op_id].request_content["application/json"]["schema"]


def test_an_optional_null_the_schema_refuses_is_dropped_and_a_required_one_kept():
    body = {"name": None, "notification_email": "ops@acme.example", "origin_url": None}
    kept = without_optional_nulls(SPEC, _body_schema("create_customer"), body)
    assert kept == {"name": None, "notification_email": "ops@acme.example"}  # `name` is required


def test_a_null_the_schema_allows_means_something_and_is_kept():
    body = {"origin_url": None}  # S1 update: "null clears it"
    assert without_optional_nulls(SPEC, _body_schema("update_customer"), body) == body


def test_nested_optional_nulls_are_dropped_too():
    body = {
        "name": "CRM",
        "provider": "salesforce",
        "oauth_token_pair": {"access_token": "x", "refresh_token": None},
    }
    kept = without_optional_nulls(SPEC, _body_schema("create_connection"), body)
    assert kept["oauth_token_pair"] == {"access_token": "x"}
