"""Proof that the suite catches faults: every API and fault class, through the same fuzz run users run.

Each cell serves a fresh fake behind the fault injector and runs `contract-tests fuzz`'s run (one
schemathesis process) with a small fixed budget; a planted fault must give exit 1 and the clean fake
exit 0. Each cell runs inside the test's process (no process start per cell: a caught fault costs about
0.1 s), so the cells spread over both xdist workers; each API x fault class is its own test.
"""

from __future__ import annotations

import functools
import subprocess
import sys

import httpx
import pytest

from contract_tests.fake.serve import build_app, running
from contract_tests.faults import FAULTS, Injector, Upstream, not_applicable
from contract_tests.faults.killmatrix import Cell, run_cell
from contract_tests.openapi.loader import discover, get_api
from contract_tests.suite.children import Children
from contract_tests.suite.options import FuzzOptions

pytestmark = pytest.mark.slow  # every test here starts processes or fuzzes

CLI = [sys.executable, "-m", "contract_tests"]
TOKEN = "test-token"
BUDGET = FuzzOptions(token=TOKEN, seed=20261124, max_examples=5, max_failures=1, quiet=True, in_process=True)


REFUSAL = "valid_input_refused"  # two tests read its cell: they share an xdist group, so it runs once
CELLS = [
    pytest.param(api, fault, id=f"{api}-{fault}", marks=[pytest.mark.xdist_group(f"{api}-{fault}")])
    if fault == REFUSAL
    else pytest.param(api, fault, id=f"{api}-{fault}")
    for api in discover()
    for fault in FAULTS
]


@functools.cache
def cell(api: str, fault: str | None) -> Cell:
    """One cell of the kill matrix (None: the clean fake), run in this process."""
    return run_cell(get_api(api), FAULTS[fault] if fault else None, BUDGET, Children())


@pytest.mark.parametrize("api", list(discover()))
def test_clean_fake_passes(api):
    clean = cell(api, None)
    assert clean.verdict == "ok", clean.summary


@pytest.mark.parametrize(("api", "fault"), CELLS)
def test_planted_fault_is_caught(api, fault):
    planted = cell(api, fault)
    if planted.verdict == "n/a":
        pytest.skip(f"n/a for {api}: {planted.reason}")
    assert planted.verdict == "caught", planted
    assert any(line.strip().startswith("curl ") for line in planted.summary)  # each failure is reproducible


def test_not_applicable_reasons_come_from_the_spec():
    spec = get_api("outwork").spec()
    assert not_applicable(FAULTS["deleted_still_readable"], spec) == "no DELETE with a GET on the same path"
    assert not_applicable(FAULTS["missing_required_field"], spec) is None
    workreduce = get_api("workreduce").spec()
    # WorkReduce has no tenant in its paths, no DELETE that takes anything with it and no actions.
    unseen = {name: reason for name, f in FAULTS.items() if (reason := not_applicable(f, workreduce))}
    assert unseen == {
        "child_under_other_parent": "no POST under a tenant (x-tenant) links to a GET of what it made",
        "children_outlive_parent": "no DELETE says what it takes with it (x-cascade)",
        "action_not_applied": (
            "no action (x-toggle) on a resource a read shows has a counterpart setting its field back"
        ),
    }


def test_reverse_proxy_passes_requests_through_and_plants_the_fault():
    api = get_api("workreduce")
    headers = {"Authorization": TOKEN}
    with (
        running(build_app(api, token=TOKEN)) as upstream,
        running(Injector(Upstream(upstream), api, "wrong_content_type")) as proxy,
    ):
        direct = httpx.get(f"{upstream}/v2/tasks", headers=headers)
        proxied = httpx.get(f"{proxy}/v2/tasks", headers=headers)
        refused = httpx.get(f"{proxy}/v2/tasks")
    assert proxied.status_code == 200 and proxied.json() == direct.json()
    assert proxied.headers["content-type"].startswith("text/plain")
    assert refused.status_code == 401


def test_missing_required_field_drops_a_field_the_schema_requires():
    api = get_api("workreduce")
    with running(Injector(build_app(api, token=TOKEN), api, "missing_required_field")) as url:
        tasks = httpx.get(f"{url}/v2/tasks", headers={"Authorization": TOKEN}).json()
    assert "task_type" not in tasks[0] and "task_type" in tasks[1]


def test_inject_unknown_fault_is_a_usage_error():
    from click.testing import CliRunner

    from contract_tests.cli import main

    result = CliRunner().invoke(main, ["inject", "workreduce", "--fault", "nope"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "nope" in result.stderr


def test_unknown_fault_in_the_injector_names_the_known_ones():
    api = get_api("outwork")
    with pytest.raises(ValueError, match="missing_required_field"):
        Injector(build_app(api, token=TOKEN), api, "nope")


def test_inject_command_serves_a_faulty_proxy_in_front_of_a_url():
    import os

    api = get_api("workreduce")
    with running(build_app(api, token=TOKEN)) as upstream:
        args = ["inject", "workreduce", "--fault", "undocumented_status", "--upstream", upstream]
        proxy = subprocess.Popen(
            [*CLI, *args, "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        try:
            assert proxy.stdout is not None
            url = proxy.stdout.readline().split(" at ")[1].split()[0]
            response = httpx.get(f"{url}/v2/tasks", headers={"Authorization": TOKEN})
        finally:
            proxy.terminate()
            proxy.wait(timeout=10)
    assert response.status_code == 418 and response.json()[0]["task_type"] == "qa_screenshot"


@pytest.mark.parametrize(
    "path",
    ["/v2/orders/%0A", "/v2/orders/%00x", "/v2/orders/%C2%84", "/v2/orders/%7F%1B", "/v2/tasks?q=%0A%ZZ"],
)
def test_the_proxy_forwards_any_path_the_client_sent(path):
    """A control character in a path made the proxy answer 500, which the suite blamed on the server."""
    api = get_api("workreduce")
    headers = {"Authorization": TOKEN}
    with (
        running(build_app(api, token=TOKEN)) as upstream,
        running(Upstream(upstream)) as bare,
        running(Injector(Upstream(upstream), api, "wrong_content_type")) as proxy,
    ):
        direct = httpx.get(upstream + path, headers=headers)
        for url in (bare, proxy):
            proxied = httpx.get(url + path, headers=headers)
            assert proxied.status_code == direct.status_code < 500


@pytest.mark.parametrize(
    "api", [pytest.param(api, marks=pytest.mark.xdist_group(f"{api}-{REFUSAL}")) for api in discover()]
)
def test_a_refusal_for_an_undocumented_reason_is_caught_by_its_reason(api):
    """The status is one the vendor documents for valid requests, so only the reason can tell."""
    refused = cell(api, REFUSAL)
    assert refused.verdict == "caught", refused
    assert "refusal_documented" in refused.checks
    assert "positive_data_acceptance" not in refused.checks
