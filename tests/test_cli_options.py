"""Each option of `fuzz` and `suite`, end to end: the run it asks for, not only the command line built.

Every run is small (2 examples per operation and phase, on the bundled fakes) and reads what the run
did from its HAR report (the requests sent, the server's host and port aside: each run starts its
own fake on a free port) or from the table and summary the CLI prints.
"""

from __future__ import annotations

import functools
import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from contract_tests.cli import main
from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import get_api

SMALL = ("--max-examples", "2")
pytestmark = pytest.mark.slow  # every test here fuzzes, most of them in worker processes


def cli(*args: str):
    return CliRunner().invoke(main, list(args), prog_name="contract-tests", catch_exceptions=False)


def sent(report_dir: Path, api: str | None = None) -> Counter[tuple[str, str]]:
    """Each request of the run (method, path and query), as often as it was sent."""
    har = report_dir / (api or "") / "requests.har"
    entries = json.loads(har.read_text())["log"]["entries"]
    return Counter((e["request"]["method"], e["request"]["url"].split("/", 3)[3]) for e in entries)


def operations(report_dir: Path) -> set[str]:
    """The operations the JUnit report has a test case for (the stateful phase's aside)."""
    cases = ET.parse(report_dir / "junit.xml").getroot().iter("testcase")
    return {name for case in cases if (name := case.get("name", "")) != "Stateful tests"}


def fuzz(tmp_path: Path, name: str, *args: str, api: str = "workreduce"):
    reports = tmp_path / name
    result = cli("fuzz", api, *SMALL, "--report-dir", str(reports), *args)
    return result, reports


# Runs several tests read (a seed's run, a run of every operation), made once per worker: the tests
# that read them share an xdist group, so they land on one worker.
SHARED = pytest.mark.xdist_group("workreduce-shared-runs")


@pytest.fixture(scope="session")
def shared(tmp_path_factory: pytest.TempPathFactory):
    @functools.cache
    def run(*args: str):
        return fuzz(tmp_path_factory.mktemp("shared"), "run", *args)

    return run


@SHARED
def test_deterministic_fuzz_succeeds_and_sends_the_same_requests_twice(tmp_path, shared):
    """Issue 26: schemathesis refused --generation-deterministic next to --generation-database."""
    first, one = fuzz(tmp_path, "one", "--deterministic")
    second, two = fuzz(tmp_path, "two", "--deterministic")
    assert first.exit_code == 0, first.output[-3000:]
    assert second.exit_code == 0, second.output[-3000:]
    assert sent(one) and sent(one) == sent(two)
    # Control: the comparison tells runs apart (another seed, without --deterministic, differs).
    random, three = shared("--seed", "2")
    assert random.exit_code == 0 and sent(three) != sent(one)


def test_deterministic_suite_succeeds_and_runs_the_same_cases_twice(tmp_path):
    """On Outwork, the smallest API: the point is the suite's shards in deterministic mode, not the API."""

    def suite(name: str):
        result = cli(
            "suite",
            "outwork",
            *SMALL,
            "--deterministic",
            "--jobs",
            "2",
            "--report-dir",
            str(tmp_path / name),
        )
        assert result.exit_code == 0, result.output[-3000:]
        row = next(line for line in result.stdout.splitlines() if line.startswith("outwork "))
        return row.split()[1:4], sent(tmp_path / name, "outwork")  # operations, test cases, failures

    (row, requests), (again, requests_again) = suite("one"), suite("two")
    assert row == again and row[0] == "2" and int(row[1]) > 0
    assert requests and requests == requests_again


@SHARED
def test_the_seed_picks_the_cases(tmp_path, shared):
    (first, one), (second, two), (other, three) = (
        shared("--seed", "1"),
        fuzz(tmp_path, "two", "--seed", "1"),
        shared("--seed", "2"),
    )
    assert first.exit_code == second.exit_code == other.exit_code == 0
    assert sent(one) == sent(two) and sent(one) != sent(three)


@SHARED
def test_operation_id_tests_only_that_operation(tmp_path, shared):
    result, reports = fuzz(tmp_path, "orders", "--operation-id", "list_orders", "--operation-id", "get_order")
    assert result.exit_code == 0, result.output[-3000:]
    assert operations(reports) == {"GET /v2/orders", "GET /v2/orders/{order_number}"}
    assert not any(path.startswith("v2/tasks") for _, path in sent(reports))
    _, every = shared("--seed", "1")  # control: a run of every operation has all six
    assert len(operations(every)) == 6


def test_tag_tests_only_the_operations_with_that_tag(tmp_path):
    result, reports = fuzz(tmp_path, "tasks", "--tag", "tasks")
    assert "Selected: 1/6" in result.output
    assert {path.split("?")[0] for _, path in sent(reports)} == {"v2/tasks"}


@SHARED
def test_workers_auto_tests_every_operation(tmp_path, shared):
    (one, serial) = shared("--seed", "1")
    (auto, parallel) = fuzz(tmp_path, "auto", "--seed", "1", "--workers", "auto")
    assert one.exit_code == auto.exit_code == 0, auto.output[-3000:]
    assert operations(parallel) == operations(serial) and len(operations(serial)) == 6


def test_max_time_keeps_fuzzing_until_the_budget_is_spent(tmp_path):
    (plain, short), (timed, long) = (
        fuzz(tmp_path, "plain", api="outwork"),
        fuzz(tmp_path, "timed", "--max-time", "4", api="outwork"),
    )
    assert plain.exit_code == timed.exit_code == 0, timed.output[-3000:]
    assert sum(sent(long).values()) > 2 * sum(sent(short).values())


def test_max_failures_stops_at_the_first_failure():
    def failures(*args: str) -> int:
        with running(build_app(get_api("workreduce"), token="server-token")) as url:
            result = cli("fuzz", "workreduce", *SMALL, "--base-url", url, "--token", "client-token", *args)
        assert result.exit_code == 1, result.output[-3000:]
        ours = result.output.split("(reproduce each with its curl line):")[-1]
        return sum(line.startswith("- ") for line in ours.splitlines())

    assert failures("--max-failures", "1") == 1
    assert failures() > 1  # control: without the option the same run finds more


def test_a_schemathesis_usage_error_is_shown_as_ours():
    """A duplicate --operation-id passes our checks and schemathesis refuses it: the user must see our
    usage line and option names, not schemathesis's."""
    ours = cli("fuzz", "nope").stderr.splitlines()[:2]  # click's usage line and hint for this command
    assert ours[0].startswith("Usage: contract-tests fuzz ")
    result = cli("fuzz", "workreduce", *SMALL, "--operation-id", "get_order", "--operation-id", "get_order")
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert lines[:2] == ours
    assert "`--operation-id`" in result.output and "get_order" in result.output
    assert "schemathesis" not in result.output and "--include-operation-id" not in result.output
