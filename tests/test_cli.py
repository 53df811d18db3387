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
        ["fuzz", "outwork", "--base-url", "notaurl"],
        ["fuzz", "outwork", "--base-url", "http://127.0.0.1:1"],  # nothing listens: exit 2, not a red run
        ["fuzz", "outwork", "--report-dir", "/proc/no-such-dir"],
        ["inject", "outwork", "--fault", "wrong_type", "--upstream", "ftp://example.com"],
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
    from contract_tests.fake.serve import build_app, running
    from contract_tests.spec.loader import get_api

    with running(build_app(get_api("workreduce"), token="server-token")) as url:
        result = cli(
            "fuzz", "workreduce", "--base-url", url, "--token", "client-token", "--max-examples", "3"
        )
    assert result.returncode == 1
    assert "Authentication failed" in result.stdout


def test_tally_counts_operations_cases_and_failed_checks(tmp_path):
    import json

    from contract_tests.suite.fuzz import _tally

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

    from contract_tests.spec.loader import discover

    assert json.loads(cli("list", "--json").stdout) == list(discover())


def test_curl_line_reproduces_a_recorded_case_with_credentials_masked():
    from contract_tests.suite.fuzz import curl_line

    case = {
        "method": "PUT",
        "path": "/v2/orders/{order_number}",
        "path_parameters": {"order_number": "00007847"},
        "query": {"x": ["a b"]},
        "headers": {"Authorization": "[Filtered]"},
        "body": {"name": "n&m"},
        "media_type": "application/x-www-form-urlencoded",
    }
    assert curl_line(case, "http://h:1/") == (
        "curl -X PUT 'http://h:1/v2/orders/00007847?x=a+b' -H 'Authorization: ***' --data name=n%26m"
    )


def test_ci_options_reach_schemathesis(tmp_path):
    from contract_tests.spec.loader import get_api
    from contract_tests.suite.fuzz import FuzzOptions, command

    options = FuzzOptions(
        "http://h", "t", seed=7, workers="auto", deterministic=True, max_time=30, max_failures=1
    )
    args = command(get_api("outwork"), tmp_path / "s.json", options, tmp_path)
    joined = " ".join(args)
    assert "--seed 7" in joined and "--workers auto" in joined and "--generation-deterministic" in joined
    assert "--max-time 30" in joined and "--max-failures 1" in joined


@pytest.mark.parametrize("value", ["0", "65", "many"])
def test_workers_must_be_auto_or_a_count(value):
    result = cli("fuzz", "outwork", "--workers", value)
    assert result.returncode == 2 and "neither 'auto' nor a number" in result.stderr


def test_a_multi_worker_suite_is_clean_on_every_fake():
    """Workers are threads; without contract_tests.threadsafe_ast, Workato failed with a CPython AST error."""
    result = cli("suite", "--workers", "2", "--max-examples", "5")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "Runtime Error" not in result.stdout


def test_ast_parse_is_serialised_once_installed():
    import ast

    from contract_tests.suite import threadsafe_ast

    threadsafe_ast.install()
    threadsafe_ast.install()
    assert ast.parse.__wrapped__.__module__ == "ast"
    assert isinstance(ast.parse("x = 1"), ast.Module)


def test_serving_on_a_port_in_use_is_a_clear_error_not_a_traceback():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        result = cli("serve", "outwork", "--port", str(taken.getsockname()[1]))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "could not listen" in result.stderr
