"""A valid request may be refused only for a reason the vendor gives (`x-refusals`): the reason is told
by the fields the error body blames, wherever the API's error schema keeps them (`x-field-errors`)."""

from __future__ import annotations

import pytest

from contract_tests.openapi.loader import get_api
from contract_tests.openapi.model import ApiModel
from contract_tests.suite.checks import unexplained_refusal


def explain(api: str, operation_id: str, status: int, body: object) -> str | None:
    spec = get_api(api).spec()
    return unexplained_refusal(spec, ApiModel.of(spec).by_id[operation_id], status, body)


@pytest.mark.parametrize(
    ("api", "operation_id", "status", "body"),
    [
        ("workreduce", "create_order", 400, {"message": "Bad Request", "errors": {"task_type": ["Unknown"]}}),
        ("workreduce", "update_order", 410, {"message": "Order 00007847 was canceled."}),
        ("outwork", "apply_partner", 400, {"organization_name": ["already registered"]}),
        # A nested field may be blamed by its path, a part of it, or its own name.
        ("workato-embedded", "update_recipe", 400, {"message": "Bad request", "errors": {"config": ["x"]}}),
        ("workato-embedded", "create_recipe", 400, {"message": "m", "errors": {"recipe.code": ["x"]}}),
        ("workato-embedded", "start_recipe", 400, {"message": "Recipe 1 is already running"}),
    ],
)
def test_a_documented_reason_passes(api, operation_id, status, body):
    assert explain(api, operation_id, status, body) is None


def test_blaming_a_field_no_refusal_names_fails_and_quotes_the_documented_reasons():
    body = {"message": "Bad request", "errors": {"ip_allow_list[1]": ["IPv6 is not supported"]}}
    problem = explain("workato-platform", "create_api_access_profile", 400, body)
    assert problem is not None
    assert "blaming ip_allow_list[1]" in problem
    assert "api_collection_ids names a collection that does not exist" in problem
    # The date forms the page allows are no reason to refuse an order (a defect the broad allowance hid).
    assert "blaming due_date" in str(
        explain("workreduce", "create_order", 400, {"message": "m", "errors": {"due_date": ["bad"]}})
    )


def test_blaming_no_field_fails_where_the_error_schema_promises_a_field_map():
    """Outwork's 400 body is the field map, so a refusal naming no field names no reason."""
    problem = explain("outwork", "apply_partner", 400, {})
    assert problem is not None and "blaming no field (in / of the body)" in problem
    assert explain("outwork", "apply_partner", 400, "not even JSON") is not None


def test_blaming_no_field_cannot_be_judged_where_the_field_map_is_optional():
    """WorkReduce's and Workato's `errors` is optional ("validation failures may add errors"): a bare
    message is no evidence of an undocumented reason, and failing it would fail a conformant server."""
    assert explain("workreduce", "create_order", 400, {"message": "Bad Request"}) is None
    assert explain("workato-platform", "create_api_access_profile", 400, {"message": "Bad request"}) is None


def test_a_state_refusal_does_not_excuse_blaming_an_unrelated_field():
    body = {"message": "Bad request", "errors": {"name": ["too long"]}}
    assert "blaming name" in str(explain("workato-embedded", "update_recipe", 400, body))
