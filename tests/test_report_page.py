"""report.html: what it shows, that it stays self-contained and secret-free, and that a real browser
renders it (the suite table and a failure) with no console error and no request but its own file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from contract_tests.fake.serve import build_app, running
from contract_tests.faults import FAULTS, Injector
from contract_tests.openapi.loader import get_api
from contract_tests.suite.coverage import coverage
from contract_tests.suite.report_page import write_report_page
from contract_tests.suite.results import Failure, FuzzResult

TOKEN = "page-secret-token-93KQ"
CASE = "Zx81Qa"


def _failing_result() -> FuzzResult:
    curl = f"curl -X GET http://127.0.0.1:1/v2/orders -H 'X-Schemathesis-TestCaseId: {CASE}'"
    failure = Failure(
        "response_schema_conformance",
        "GET /v2/orders",
        "<script>alert(1)</script> is not of type 'array'",
        (curl,),
        "List orders (GET /v2/orders) answered a body its documented schema forbids",
    )
    return FuzzResult(
        "workreduce",
        1,
        6,
        40,
        1,
        2.0,
        found=(failure,),
        statuses={"GET /v2/orders": frozenset({200, 401})},
        links=frozenset({"GET /v2/orders -> [200] implied_get_order -> GET /v2/orders/{order_number}"}),
        links_total=7,
        checks_ran={"page_size_respected": 3},
        own_checks=("page_size_respected", "update_applied"),
    )


def _har(path: Path) -> Path:
    """A HAR whose failing entry carries the token unfiltered, as a careless server-side log might."""
    entry = {
        "request": {
            "method": "GET",
            "url": "http://127.0.0.1:1/v2/orders",
            "headers": [
                {"name": "Authorization", "value": TOKEN},
                {"name": "X-Schemathesis-TestCaseId", "value": CASE},
            ],
        },
        "response": {
            "status": 200,
            "statusText": "OK",
            "headers": [{"name": "content-type", "value": "application/json"}],
            "content": {"text": '{"orders": "not a list"}'},
        },
    }
    path.write_text(json.dumps({"log": {"entries": [entry]}}))
    return path


def test_the_page_shows_the_table_coverage_and_the_failure_with_its_exchange(tmp_path):
    result = _failing_result()
    cover = coverage(get_api("workreduce").spec(), result)
    page = write_report_page(tmp_path, [(result, cover, _har(tmp_path / "r.har"))], secrets=(TOKEN,))
    html = page.read_text()
    assert '<table id="suite">' in html and "<td>" in html and ">workreduce</a>" in html
    assert "List orders (GET /v2/orders) answered a body its documented schema forbids" in html
    assert "GET http://127.0.0.1:1/v2/orders" in html and "{&#34;orders&#34;: &#34;not a list&#34;}" in html
    assert f"X-Schemathesis-TestCaseId: {CASE}" in html  # the curl line
    assert '<span class="seen">200</span>' in html and '<span class="unseen">' in html  # statuses
    assert "implied_get_order" in html and "<code>update_applied</code>" in html  # links, checks never ran
    # Self-contained and inert: nothing fetched, no script, the failure's own text escaped.
    assert "default-src 'none'" in html and "<script" not in html and "&lt;script&gt;" in html
    assert "src=" not in html and 'href="http' not in html
    assert TOKEN not in html and "[redacted]" in html


def test_without_the_secret_named_the_scrub_is_what_removes_it(tmp_path):
    """Negative control: the HAR here carries the token, so only the scrub keeps it off the page."""
    result = _failing_result()
    cover = coverage(get_api("workreduce").spec(), result)
    html = write_report_page(tmp_path, [(result, cover, _har(tmp_path / "r.har"))]).read_text()
    assert TOKEN in html


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
def test_a_real_run_writes_a_page_a_browser_renders(tmp_path):
    api = get_api("workreduce")
    with running(Injector(build_app(api, token=TOKEN), api, FAULTS["wrong_type"])) as url:
        command = [sys.executable, "-m", "contract_tests", "fuzz", api.name, "--base-url", url]
        command += ["--max-examples", "3", "--report-dir", str(tmp_path)]
        env = {**os.environ, api.token_env: TOKEN}
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 1, done.stderr
    page = tmp_path / "report.html"
    html = page.read_text()
    assert TOKEN not in html and 'Contract suite: <span class="FAILED">FAILED</span>' in html
    assert "<h4>Request</h4>" in html and "<h4>Response</h4>" in html  # found in the run's HAR

    browser = _browser()
    if browser is None:
        pytest.skip(
            "no chromium on this machine (Debian: apt-get install chromium); the page was checked as text"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=browser, args=["--no-sandbox"])
        try:
            tab = chromium.new_page()
            errors: list[str] = []
            fetched: list[str] = []
            tab.on(
                "console", lambda message: errors.append(message.text) if message.type == "error" else None
            )
            tab.on("pageerror", lambda error: errors.append(str(error)))
            tab.on("request", lambda request: fetched.append(request.url))
            tab.goto(page.as_uri())
            assert tab.locator("#suite tbody tr").count() == 1
            assert tab.locator("#suite tbody tr td").first.inner_text() == "workreduce"
            first = tab.locator("details.failure").first
            assert first.is_visible() and "schema" in first.locator("summary").inner_text()
            assert tab.locator("details.failure pre").first.is_visible()
        finally:
            chromium.close()
    assert errors == [] and fetched == [page.as_uri()]
