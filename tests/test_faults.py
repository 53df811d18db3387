"""Proof that the suite catches faults: every API and fault class through the real `contract-tests fuzz`.

Each case serves a fresh fake behind the fault injector and runs the command users run, with a small
fixed budget; a planted fault must give exit 1 and the clean fake exit 0.
"""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from contract_tests.fake.serve import build_app, running
from contract_tests.faults import FAULTS, Injector, Upstream, not_applicable
from contract_tests.spec.loader import discover, get_api

CLI = [sys.executable, "-m", "contract_tests"]
TOKEN = "test-token"
BUDGET = ["--max-examples", "5", "--seed", "20261124", "--max-failures", "1"]


def fuzz(api: str, url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "fuzz", api, "--base-url", url, "--token", TOKEN, *BUDGET],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.mark.parametrize("api", list(discover()))
def test_clean_fake_passes(api):
    with running(build_app(get_api(api), token=TOKEN)) as url:
        result = fuzz(api, url)
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("api", list(discover()))
def test_planted_fault_is_caught(api, fault):
    spec_api = get_api(api)
    if reason := not_applicable(FAULTS[fault], spec_api.spec()):
        pytest.skip(f"n/a for {api}: {reason}")
    with running(Injector(build_app(spec_api, token=TOKEN), spec_api, fault)) as url:
        result = fuzz(api, url)
    assert result.returncode == 1, result.stdout[-3000:]
    assert "curl -X" in result.stdout  # the failure summary reproduces each failure


def test_not_applicable_reasons_come_from_the_spec():
    spec = get_api("outwork").spec()
    assert not_applicable(FAULTS["deleted_still_readable"], spec) == "no DELETE with a GET on the same path"
    assert not_applicable(FAULTS["missing_required_field"], spec) is None
    workreduce = get_api("workreduce").spec()
    assert not any(not_applicable(f, workreduce) for f in FAULTS.values())


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
    result = subprocess.run(
        [*CLI, "inject", "workreduce", "--fault", "nope"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "nope" in result.stderr


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
