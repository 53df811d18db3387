"""The contract-tests CLI: exit codes and the fuzz run against a bundled fake."""

from __future__ import annotations

import subprocess
import sys

import pytest

CLI = [sys.executable, "-m", "contract_tests"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, check=False, timeout=300)


@pytest.mark.parametrize(
    "args",
    [
        ["fuzz", "nope"],
        ["fuzz", "outwork", "--max-examples", "0"],
        ["serve", "outwork", "--port", "-1"],
        ["frob"],
    ],
)
def test_usage_errors_exit_2_without_traceback(args):
    result = cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "Error" in result.stderr


def test_list_names_apis_and_token_variables():
    result = cli("list")
    assert "outwork" in result.stdout and "$WORKREDUCE_TOKEN" in result.stdout


def test_fuzz_against_the_bundled_fake_passes_and_writes_reports(tmp_path):
    result = cli("fuzz", "outwork", "--max-examples", "5", "--report-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout[-3000:]
    assert {"junit.xml", "requests.har", "events.ndjson"} <= {p.name for p in tmp_path.iterdir()}


def test_fuzz_against_a_server_with_the_wrong_token_fails(tmp_path):
    from contract_tests.serve import build_app, running
    from contract_tests.specs import get_api

    with running(build_app(get_api("workreduce"), token="server-token")) as url:
        result = cli(
            "fuzz", "workreduce", "--base-url", url, "--token", "client-token", "--max-examples", "3"
        )
    assert result.returncode == 1
    assert "Authentication failed" in result.stdout


def test_tally_counts_operations_cases_and_failed_checks(tmp_path):
    import json

    from contract_tests.fuzz import _tally

    events = [
        {"LoadingFinished": {"statistic": {"operations": {"total": 3, "selected": 2}}}},
        {
            "ScenarioFinished": {
                "recorder": {"cases": {"a": {}, "b": {}}, "checks": {"a": [{"status": "failure"}]}}
            }
        },
        {"ScenarioFinished": {"recorder": {"cases": {"c": {}}, "checks": {"c": [{"status": "success"}]}}}},
    ]
    path = tmp_path / "events.ndjson"
    path.write_text("\n".join(json.dumps(e) for e in events))
    assert _tally(path) == (2, 3, 1)


def test_unopenable_db_is_a_usage_error(tmp_path):
    result = cli("serve", "workreduce", "--db", str(tmp_path / "missing" / "x.sqlite"))
    assert result.returncode == 2
    assert "cannot open" in result.stderr and "Traceback" not in result.stderr


def test_list_json_names_every_api_for_ci_matrices():
    import json

    from contract_tests.specs import discover

    assert json.loads(cli("list", "--json").stdout) == list(discover())
