"""Failures in words: the operation as the page names it, what the server did, what the page promises."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from schemathesis.core.failures import AcceptedNegativeData, CustomFailure, Failure, ServerError
from schemathesis.openapi.checks import RejectedPositiveData, UndefinedStatusCode

from contract_tests.faults import FAULTS
from contract_tests.faults.killmatrix import run_cell
from contract_tests.openapi.loader import get_api
from contract_tests.openapi.model import ApiModel
from contract_tests.suite.children import Children
from contract_tests.suite.options import FuzzOptions
from contract_tests.suite.promises import broken_promise
from contract_tests.suite.results import Failure as Found
from contract_tests.suite.results import summary_lines

GET_ORDER = "GET /v2/orders/{order_number}"


@pytest.fixture(scope="module")
def spec():
    return get_api("workreduce").spec()


def test_an_undocumented_status_names_the_operation_and_what_the_page_documents(spec):
    failure = UndefinedStatusCode(
        operation=GET_ORDER,
        status_code=400,
        defined_status_codes=["200", "404"],
        allowed_status_codes=[200, 404],
        message="Received: 400",
    )
    sentence = broken_promise(failure, None, None, spec)
    summary = ApiModel.of(spec).at("/v2/orders/{order_number}", "get").summary
    assert sentence == f"{summary} ({GET_ORDER}) answered 400; the page documents 200 or 404"


def test_an_accepted_invalid_request_says_what_was_invalid(spec):
    failure = AcceptedNegativeData(
        operation="GET /v2/orders", status_code=200, expected_statuses=["400", "422"], message="m"
    )
    case = SimpleNamespace(
        meta=SimpleNamespace(phase=SimpleNamespace(data={"description": "Missing `limit`"}))
    )
    sentence = broken_promise(failure, case, None, spec)
    assert "accepted an invalid request (Missing `limit`) with 200" in sentence
    assert sentence.endswith("the page promises a refusal (400 or 422)")


def test_a_refused_valid_request_quotes_the_servers_short_answer(spec):
    failure = RejectedPositiveData(
        operation=GET_ORDER, status_code=400, allowed_statuses=["2xx", "404"], message="m"
    )
    response = SimpleNamespace(content=b'{"message": "bad cursor"}')
    sentence = broken_promise(failure, None, response, spec)
    assert 'answered 400 ("{"message": "bad cursor"}") to a request the page allows' in sentence
    assert sentence.endswith("the page documents 2xx or 404 for it")


def test_the_projects_own_checks_keep_their_sentence_with_the_operation_in_front(spec):
    failure = CustomFailure(
        operation=GET_ORDER,
        title="Custom check failed",
        message="Created, yet GET answers 404",
        exception=AssertionError(),
    )
    assert broken_promise(failure, None, None, spec).endswith(f"({GET_ORDER}): Created, yet GET answers 404")
    own = CustomFailure(
        operation=GET_ORDER,
        title="t",
        message=f"{GET_ORDER} answered 200 to a wrong secret",
        exception=AssertionError(),
    )
    assert broken_promise(own, None, None, spec) == f"{GET_ORDER} answered 200 to a wrong secret"


def test_an_operation_the_spec_does_not_have_is_named_by_its_label(spec):
    failure = ServerError(operation="GET /nowhere", status_code=500)
    assert broken_promise(failure, None, None, spec).startswith("GET /nowhere crashed with 500")


def test_a_failure_kind_without_a_sentence_keeps_schemathesis_words(spec):
    class Odd(Failure):
        pass

    failure = Odd(operation=GET_ORDER, title="Something odd", message="details here")
    assert broken_promise(failure, None, None, spec).endswith(": Something odd (details here)")


def test_the_summary_prints_the_sentence_then_the_check():
    found = Found(
        "status_code_conformance", "GET /x", "Received: 400", ("curl x",), promise="Get x answered 400"
    )
    assert summary_lines([found]) == [
        "- Get x answered 400",
        "  (status_code_conformance: Received: 400)",
        "  curl x",
    ]


@pytest.mark.slow
def test_a_real_run_reports_the_broken_promise_in_words():
    budget = FuzzOptions(
        token="t", seed=20261124, max_examples=3, max_failures=1, quiet=True, in_process=True
    )
    cell = run_cell(get_api("workreduce"), FAULTS["undocumented_status"], budget, Children())
    assert cell.verdict == "caught"
    assert any("answered 418; the page documents" in line for line in cell.summary), cell.summary
