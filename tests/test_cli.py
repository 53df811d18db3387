"""The contract-tests CLI: exit codes, output, reports, secrets and interrupts.

Usage tests run in process (click's CliRunner); only what needs a real process (signals, the process
table) starts one.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from contract_tests.cli import EXIT_CODES, main
from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import Api, discover, get_api, specs_dir
from contract_tests.openapi.model import ApiModel
from contract_tests.suite import command as run_command
from contract_tests.suite.coverage import MEASURES
from contract_tests.suite.options import PHASES, FuzzOptions
from contract_tests.suite.results import FuzzResult, result_from

CLI = [sys.executable, "-m", "contract_tests"]


def cli(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)


@pytest.mark.parametrize(
    "args",
    [
        ["fuzz", "nope"],
        ["fuzz", "outwork", "--max-examples", "0"],
        ["serve", "outwork", "--port", "-1"],
        ["serve", "outwork", "--max-body", "0"],
        ["fuzz", "outwork", "--base-url", "notaurl"],
        ["fuzz", "outwork", "--base-url", "http://127.0.0.1:1"],  # nothing listens: exit 2, not a red run
        ["fuzz", "outwork", "--report-dir", "/proc/no-such-dir"],
        ["inject", "outwork", "--fault", "wrong_type", "--upstream", "ftp://example.com"],
        ["suite", "--jobs", "0"],
        ["frob"],
    ],
)
def test_usage_errors_exit_2_without_traceback(args):
    result = cli(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "Error" in result.stderr


def test_list_names_apis_and_token_variables():
    result = cli("list")
    assert "outwork" in result.stdout and "$WORKREDUCE_TOKEN" in result.stdout


def test_list_json_names_every_api_for_ci_matrices():
    assert json.loads(cli("list", "--json").stdout) == list(discover())


def test_version_is_printed():
    from importlib.metadata import version

    result = cli("--version")
    assert result.exit_code == 0 and version("partner-api-contracts") in result.stdout


@pytest.mark.parametrize("command", ["fuzz", "suite"])
def test_help_lists_the_apis_and_the_exit_codes(command):
    result = cli(command, "--help")
    assert result.exit_code == 0
    for api in discover().values():
        assert api.name in result.stdout and f"${api.token_env}" in result.stdout
    for code, _ in EXIT_CODES:
        assert code in result.stdout
    assert "130" in result.stdout and "143" in result.stdout


@pytest.mark.slow
def test_fuzz_against_the_bundled_fake_passes_and_writes_reports(tmp_path):
    result = cli("fuzz", "outwork", "--max-examples", "5", "--report-dir", str(tmp_path))
    assert result.exit_code == 0, result.output[-3000:]
    assert {"junit.xml", "requests.har", "events.ndjson"} <= {p.name for p in tmp_path.iterdir()}
    assert str(tmp_path) in result.output  # report paths are the final ones, not a staging folder
    figures = json.loads((tmp_path / "coverage.json").read_text())
    assert figures["links"] == {"exercised": 1, "total": 1}  # Outwork's one link, create -> read
    assert figures["statuses"]["exercised"] <= figures["statuses"]["total"] == 5


@pytest.mark.slow
def test_a_run_refused_for_credentials_says_so_first_and_names_our_options():
    with running(build_app(get_api("workreduce"), token="server-token")) as url:
        result = cli(
            "fuzz", "workreduce", "--base-url", url, "--token", "client-token", "--max-examples", "3"
        )
    assert result.exit_code == 1
    ours = result.output.split("Seed: ")[-1]  # what contract-tests prints after schemathesis's output
    first = next(line for line in ours.splitlines()[1:] if line.strip() and "=====" not in line)
    assert first.startswith("All ") and "refused the credentials" in first and "$WORKREDUCE_TOKEN" in first
    assert "`--auth` or `-H`" not in result.output
    assert "`--token` or $WORKREDUCE_TOKEN" in result.output


def test_result_folds_the_event_stream():
    records = [
        {"type": "loaded", "operations": 2, "own_checks": ["a", "b"]},
        {"type": "links", "total": 3},
        {
            "type": "scenario",
            "cases": 2,
            "responses": 2,
            "refused": 1,
            "statuses": {"GET /x": [200, 401]},
            "links": ["l1"],
            "checks": {"a": 2},
            "failures": [{"check": "a", "operation": "GET /x", "message": "m", "curl": ["curl x"]}],
        },
        {
            "type": "scenario",
            "cases": 1,
            "responses": 1,
            "refused": 0,
            "statuses": {"GET /x": [404]},
            "links": ["l1", "l2"],
            "checks": {"a": 1},
            "failures": [],
        },
    ]
    result = result_from("api", 1, 1.0, records)
    assert (result.operations, result.test_cases, result.failures) == (2, 3, 1)
    assert result.statuses["GET /x"] == {200, 401, 404}
    assert result.links == {"l1", "l2"} and result.links_total == 3
    assert result.checks_ran == {"a": 3} and result.own_checks == ("a", "b")
    assert result.summary == ("- a on GET /x: m", "  curl x")
    assert not result.all_refused


def test_unopenable_db_is_a_usage_error(tmp_path):
    result = cli("serve", "workreduce", "--db", str(tmp_path / "missing" / "x.sqlite"))
    assert result.exit_code == 2
    assert "cannot open" in result.stderr and "Traceback" not in result.output


def test_schemathesis_command_line_holds_no_token_and_no_example_database(tmp_path):
    api = get_api("outwork")
    options = FuzzOptions(
        "http://h", "s3cr3t-token", seed=7, workers="auto", deterministic=True, max_time=30, max_failures=1
    )
    config = run_command.write_config(api, tmp_path)
    args = run_command.command(api, tmp_path / "s.json", options, None, config)
    joined = " ".join(args)
    assert "s3cr3t-token" not in joined and "--header" not in joined
    assert "--seed 7" in joined and "--workers auto" in joined and "--generation-deterministic" in joined
    assert "--max-time 30" in joined and "--max-failures 1" in joined
    assert "--generation-database" not in joined  # deterministic means no database (issue 26)
    random = " ".join(run_command.command(api, tmp_path / "s.json", FuzzOptions("http://h"), None, config))
    assert "--generation-database none" in random and "--generation-deterministic" not in random
    assert "--report" not in joined  # no report asked for, none written
    assert config.stat().st_mode & 0o777 == 0o600
    assert "s3cr3t-token" not in config.read_text() and "cache = { enabled = false }" in config.read_text()
    env = run_command.environment(api, "s3cr3t-token", None)
    assert env["CONTRACT_TESTS_TOKEN"] == "s3cr3t-token"


def test_the_run_config_takes_what_a_valid_request_may_get_from_the_spec(tmp_path, monkeypatch):
    import tomllib

    api = get_api("workreduce")
    config = tomllib.loads(run_command.write_config(api, tmp_path).read_text())
    blocks = [entry for entry in config["operations"] if "positive_data_acceptance" in entry["checks"]]
    accepted = {
        op.id: entry["checks"]["positive_data_acceptance"]["expected-statuses"]
        for op in ApiModel.of(api.spec()).operations
        for entry in blocks
        if re.fullmatch(entry["include-operation-id-regex"], op.id)
    }
    assert len(accepted) == len(ApiModel.of(api.spec()).operations)  # each operation in one block
    assert accepted["update_order"] == ["2xx", "400", "410", "404", "429"]
    assert accepted["list_task_types"] == ["2xx", "429"]  # no 401/403: the credentials are valid
    quirks = tmp_path / "quirks.toml"
    quirks.write_text(
        '[[operations]]\ninclude-operation-id = "create_order"\n'
        'checks.positive_data_acceptance.expected-statuses = ["2xx", "400"]\n'
    )
    monkeypatch.setattr(run_command, "config_file", lambda api: quirks)
    with pytest.raises(ValueError, match="comes from the spec"):
        run_command.write_config(api, tmp_path)


def test_the_405_check_runs_only_where_a_spec_documents_a_405(tmp_path):
    """No page documents 405, so schemathesis's checks of undeclared methods are off; a spec that
    documents one turns them back on (the control)."""
    import shutil
    import tomllib

    import yaml

    api = get_api("workreduce")
    off = tomllib.loads(run_command.write_config(api, tmp_path).read_text())
    checks = off["checks"]
    assert checks["unsupported_method"] == checks["allow_header_conformance"] == {"enabled": False}
    assert checks["ensure_resource_availability"] == {"enabled": False}  # created_resource_readable's
    copied = tmp_path / "specs"
    copied.mkdir()
    for source in specs_dir().glob("*.yaml"):
        shutil.copy(source, copied / source.name)
    path = copied / api.spec_path.name
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["paths"]["/v2/tasks"]["get"]["responses"]["405"] = {"description": "Method Not Allowed"}
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    scratch = tmp_path / "documented"
    scratch.mkdir()
    on = tomllib.loads(run_command.write_config(Api(api.name, path), scratch).read_text())
    assert not {"unsupported_method", "allow_header_conformance"} & set(on["checks"])


@pytest.mark.parametrize("value", ["0", "65", "many"])
def test_workers_must_be_auto_or_a_count(value):
    result = cli("fuzz", "outwork", "--workers", value)
    assert result.exit_code == 2 and "neither 'auto' nor a number" in result.stderr


@pytest.mark.filterwarnings(
    "ignore::pytest.PytestUnhandledThreadExceptionWarning"
)  # uvicorn exits its thread
def test_serving_on_a_port_in_use_is_a_clear_error_not_a_traceback():
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        result = cli("serve", "outwork", "--port", str(taken.getsockname()[1]))
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "could not listen" in result.stderr


def test_ast_parse_is_serialised_once_installed():
    import ast

    from contract_tests.suite import threadsafe_ast

    threadsafe_ast.install()
    threadsafe_ast.install()
    assert ast.parse.__wrapped__.__module__ == "ast"
    assert isinstance(ast.parse("x = 1"), ast.Module)


# --- the suite -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_suite_on_every_core_merges_one_report_set_per_api_and_says_what_it_exercised(tmp_path):
    """Threads inside each schemathesis process too (without threadsafe_ast Workato failed at random).

    Every API but Workato Embedded, whose 77 operations would double the test's time: the Platform
    shares its spec pieces and runs on threads here; test_faults.py fuzzes Embedded whole."""
    apis = ["outwork", "workato-platform", "workreduce"]
    result = cli(
        "suite", *apis, "--workers", "2", "--max-examples", "2", "--jobs", "4", "--report-dir", str(tmp_path)
    )
    assert result.exit_code == 0, result.output[-3000:]
    assert "Runtime Error" not in result.output
    assert result.stdout.startswith("Seed 20261124")
    assert "] " in result.stderr and " cases, " in result.stderr  # live progress per shard
    for api in map(get_api, apis):
        row = next(line for line in result.stdout.splitlines() if line.startswith(api.name + " "))
        ops = len(ApiModel.of(api.spec()).operations)
        assert row.split()[1] == str(ops) and row.endswith("ok")
        cells = row.split()
        links, statuses, unprovokable, checks = cells[5:9]
        assert all("/" in cell for cell in (links, statuses, checks)) and unprovokable.isdigit()
        reports = tmp_path / api.name
        assert {p.name for p in reports.iterdir()} == {
            "junit.xml",
            "requests.har",
            "events.ndjson",
            "coverage.json",
            "parts.json",  # for `contract-tests merge`
        }
        junit = ET.parse(reports / "junit.xml").getroot()
        assert int(junit.get("tests")) == len(junit.findall("./testsuite/testcase")) >= ops
        figures = json.loads((reports / "coverage.json").read_text())
        per_operation = figures["operations"]
        assert len(per_operation) == ops and all("documented" in row for row in per_operation.values())
        # the table's figures and the file's are the same
        assert [links, statuses, checks] == [
            f"{figures[m]['exercised']}/{figures[m]['total']}" for m in MEASURES
        ]
        assert int(unprovokable) == figures["statuses"]["unprovokable"]
    assert not list(tmp_path.glob(".*"))  # no staging left behind


@pytest.mark.parametrize("jobs", [1, 2, 8])
def test_plan_runs_every_phase_of_every_operation_exactly_once_and_keeps_stateful_whole(jobs):
    from contract_tests.suite.shards import plan

    apis = list(discover().values())
    shards = plan(apis, PHASES, jobs)
    for api in apis:
        every = [op.id for op in ApiModel.of(api.spec()).operations]
        runs = [
            (phase, op)
            for shard in shards
            if shard.api == api
            for phase in shard.phases
            for op in (shard.operation_ids or every)
        ]
        assert sorted(runs) == sorted((phase, op) for phase in PHASES for op in every)
    assert all(not s.operation_ids for s in shards if "stateful" in s.phases)
    assert [s.weight for s in shards] == sorted((s.weight for s in shards), reverse=True)
    if jobs == 1:
        assert len(shards) == len(apis)
    if jobs == 8:
        assert len(shards) > len(apis)  # with cores to spare, the heaviest API is cut


def test_a_run_that_exercised_little_says_so():
    from contract_tests.suite.coverage import coverage

    api = get_api("workreduce")
    result = FuzzResult(
        "workreduce",
        0,
        6,
        10,
        0,
        1.0,
        statuses={"GET /v2/orders": frozenset({200})},
        links=frozenset({"a"}),
        links_total=8,
        checks_ran={"x": 1},
        own_checks=("x", "y"),
    )
    cover = coverage(api.spec(), result)
    assert cover.statuses_observed == 1 and cover.links_covered == 1
    assert cover.per_operation["GET /v2/orders"]["observed"] == ["200"]
    shortfalls = " ".join(cover.shortfalls())
    assert (
        "1 of 8 links" in shortfalls and "documented statuses" in shortfalls and "never ran y" in shortfalls
    )


def test_shard_reports_merge_into_one_junit_with_summed_counts(tmp_path):
    from contract_tests.suite import reports

    for index, (tests, failures) in enumerate([(2, 1), (3, 0)]):
        part = tmp_path / str(index)
        part.mkdir()
        cases = "".join(f'<testcase name="op{index}{n}" />' for n in range(tests))
        part.joinpath("junit.xml").write_text(
            f'<testsuites tests="{tests}" failures="{failures}"><testsuite name="s" tests="{tests}"'
            f' failures="{failures}" errors="0" skipped="0" time="1.5">{cases}</testsuite></testsuites>'
        )
        part.joinpath("requests.har").write_text(json.dumps({"log": {"entries": [index] * tests}}))
    reports.merge([tmp_path / "0", tmp_path / "1"], tmp_path / "out")
    root = ET.parse(tmp_path / "out" / "junit.xml").getroot()
    assert root.get("tests") == "5" and root.get("failures") == "1"
    assert len(root.findall("./testsuite/testcase")) == 5
    assert json.loads((tmp_path / "out" / "requests.har").read_text())["log"]["entries"] == [0, 0, 1, 1, 1]


# --- curl lines ----------------------------------------------------------------------------------


def _capture_one_request() -> tuple[int, list[bytes]]:
    """A socket that records the first request's raw bytes and answers 204."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    seen: list[bytes] = []

    def serve() -> None:
        connection, _ = server.accept()
        with connection:
            data = b""
            while b"\r\n\r\n" not in data:
                data += connection.recv(65536)
            head, _, body = data.partition(b"\r\n\r\n")
            length = next(
                (
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length")
                ),
                0,
            )
            while len(body) < length:
                body += connection.recv(65536)
            seen.append(data[: len(head) + 4] + body)
            connection.sendall(b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        server.close()

    threading.Thread(target=serve, daemon=True).start()
    return server.getsockname()[1], seen


@pytest.mark.slow
@pytest.mark.skipif(not Path("/usr/bin/curl").exists() and not Path("/bin/curl").exists(), reason="no curl")
def test_curl_line_resends_the_recorded_request_byte_for_byte_without_showing_the_token():
    from contract_tests.suite.curl import curl_command

    port, seen = _capture_one_request()
    body = b'\x00\xff\'%\\ "$x" line\r\n@end'
    uri = f"http://127.0.0.1:{port}/v2/orders/%C2%84?q=a%20b&x[]=1"
    headers = {
        "User-Agent": ["python-requests/2.32"],
        "Accept-Encoding": ["gzip, deflate"],
        "Authorization": ["Bearer s3cr3t"],
        "Content-Type": ["application/octet-stream"],
        "Content-Length": [str(len(body))],
    }
    line = curl_command("POST", uri, headers, body, secret="s3cr3t", secret_variable="API_TOKEN")
    assert "s3cr3t" not in line and "%25C2" not in line and "$" in line
    subprocess.run(
        ["sh", "-c", line + " -s -o /dev/null"],
        env={**os.environ, "API_TOKEN": "s3cr3t"},
        check=True,
        timeout=30,
    )
    raw = seen[0]
    head, _, sent_body = raw.partition(b"\r\n\r\n")
    request_line, *header_lines = head.split(b"\r\n")
    assert request_line == b"POST /v2/orders/%C2%84?q=a%20b&x[]=1 HTTP/1.1"
    sent = {tuple(h.split(b": ", 1)) for h in header_lines if not h.lower().startswith(b"host:")}
    assert sent == {
        (b"User-Agent", b"python-requests/2.32"),
        (b"Accept-Encoding", b"gzip, deflate"),
        (b"Authorization", b"Bearer s3cr3t"),
        (b"Content-Type", b"application/octet-stream"),
        (b"Content-Length", str(len(body)).encode()),
    }
    assert sent_body == body


def test_a_short_token_is_written_as_its_variable_only_in_header_values():
    from contract_tests.suite.curl import curl_command

    headers = {"Accept": ["*/*"], "Content-Type": ["image/png"], "Authorization": ["Bearer t"]}
    line = curl_command("GET", "http://h/", headers, None, secret="t", secret_variable="T")
    assert "-H 'Accept: */*'" in line and "-H 'Content-Type: image/png'" in line  # names stay whole
    assert "-H 'Authorization: ''Bearer '\"${T}\"" in line
    # control: a long token in no header value leaves every header as one quoted word
    assert "${" not in curl_command(
        "GET", "http://h/", headers, None, secret="s3cr3t-long", secret_variable="T"
    )


# --- secrets and interrupts, in real processes ---------------------------------------------------


def _children(pid: int) -> list[int]:
    """Child processes of `pid`, whichever of its threads started them."""
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start(args: list[str], tmp_path: Path, **env: str) -> subprocess.Popen[str]:
    (tmp_path / "tmp").mkdir(exist_ok=True)
    return subprocess.Popen(
        [*CLI, *args],
        cwd=tmp_path,
        env={**os.environ, "TMPDIR": str(tmp_path / "tmp"), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # A shell's background job ignores SIGINT and its children inherit that; undo it, so Ctrl-C
        # is tested wherever pytest runs (Python turns SIGINT into KeyboardInterrupt only if not ignored).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _runs_a_suite_part(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"schemathesis" in cmdline or b"contract_tests.suite.worker" in cmdline


def _wait_for_child(parent: subprocess.Popen[str], timeout: float = 60) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and parent.poll() is None:
        children = [c for c in _children(parent.pid) if _runs_a_suite_part(c)]
        if children:
            return children
        time.sleep(0.05)
    raise AssertionError("no schemathesis child appeared")


@pytest.mark.slow
def test_the_token_is_on_no_command_line_and_no_example_database_is_left(tmp_path):
    secret = "tok-" + os.urandom(8).hex()
    api = get_api("workreduce")
    with running(build_app(api, token=secret)) as url:
        run = _start(
            ["fuzz", "workreduce", "--base-url", url, "--max-examples", "5"],
            tmp_path,
            WORKREDUCE_TOKEN=secret,
        )
        seen_child = False
        while run.poll() is None:
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
                except OSError:
                    continue
                assert secret.encode() not in cmdline, cmdline
                seen_child |= b"schemathesis.cli" in cmdline
            time.sleep(0.02)
        out, err = run.communicate()
    assert run.returncode == 0, out[-3000:] + err[-3000:]
    assert seen_child  # the scan ran while schemathesis was running
    assert secret not in out and secret not in err
    assert not (tmp_path / ".hypothesis").exists() and not (tmp_path / ".schemathesis").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("command", "signum", "code"),
    [
        ("fuzz", signal.SIGTERM, 143),
        ("fuzz", signal.SIGINT, 130),
        ("suite", signal.SIGTERM, 143),
    ],
)
def test_an_interrupt_stops_the_children_cleans_up_and_exits_128_plus_the_signal(
    tmp_path, command, signum, code
):
    reports = tmp_path / "reports"
    args = [command, *(["workato-platform"] if command == "fuzz" else []), "--max-examples", "1000"]
    run = _start([*args, "--report-dir", str(reports)], tmp_path)
    children = _wait_for_child(run)
    time.sleep(0.5)
    run.send_signal(signum)
    out, err = run.communicate(timeout=60)
    assert run.returncode == code, out[-2000:] + err[-2000:]
    assert "Traceback" not in err and "Interrupted" in err
    assert not any(_alive(child) for child in children)
    assert list((tmp_path / "tmp").iterdir()) == []  # temporary folders removed
    assert not [p for p in reports.rglob("*") if p.is_file()]  # no empty or partial report
