"""Every command and Python example the README shows is run as a user would type it, or listed here
with the reason it is not.

The README is parsed with markdown-it-py (the parser behind MyST and mdformat), so a fence is what a
Markdown renderer calls a fence. A shell line (continuations joined, the trailing comment kept apart) must
be a key of `COMMANDS`; a Python block must have an entry in `EXAMPLES`. Shell lines run in bash with the
installed `contract-tests` on the PATH, against the bundled fakes on free ports, with a small budget, and
each checks its exit code and the shape of what the README says it prints.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from contract_tests.cli import main
from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import discover, get_api
from contract_tests.openapi.model import auth_header

from .conftest import TOKEN

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
SHELLS = ("sh", "bash", "shell", "console")
BUDGET = ["--max-examples", "2"]  # appended to every fuzzing command: the README's budget is a user's
TABLE_HEADER = [
    "API",
    "operations",
    "test",
    "cases",
    "failures",
    "seconds",
    "links",
    "statuses",
    "unprovokable",
    "checks",
]


@dataclass(frozen=True)
class Fence:
    info: str
    line: int  # 1-based line of the opening fence
    content: str
    heading: str  # the section it stands in


def fences(text: str) -> list[Fence]:
    found, heading = [], ""
    tokens = MarkdownIt().parse(text)
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            heading = tokens[index + 1].content
        if token.type == "fence" and token.map:
            found.append(Fence(token.info.strip(), token.map[0] + 1, token.content, heading))
    return found


def shell_lines(text: str) -> list[tuple[str, int]]:
    """(command, README line) for every logical line of every shell fence, comments dropped."""
    lines = []
    for fence in fences(text):
        if fence.info not in SHELLS:
            continue
        joined, start = "", 0
        for offset, line in enumerate(fence.content.splitlines()):
            if not joined:
                start = fence.line + 1 + offset
            joined += line.strip() if joined else line.rstrip()
            if joined.endswith("\\"):
                joined = joined[:-1].rstrip() + " "
                continue
            command = re.split(r"\s+#\s", joined, maxsplit=1)[0].strip()
            if command:
                lines.append((command, start))
            joined = ""
    return lines


# ------------------------------------------------------------------------------------------------
# Running shell lines.


def _env(**extra: str) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), **extra}


def _bash(command: str, cwd: Path, timeout: float = 240, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=_env(**env), capture_output=True, text=True, timeout=timeout
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def _background(command: str, cwd: Path, **env: str) -> Iterator[tuple[subprocess.Popen[str], str]]:
    """Start a serving command; yield it and the base URL its first line announces."""
    process = subprocess.Popen(
        ["bash", "-c", f"exec {command}"], cwd=cwd, env=_env(**env), stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        found = re.search(r"at (http://\S+)", first)
        assert found, f"{command!r} announced no URL: {first!r}"
        yield process, found[1]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _get(url: str, api: str, token: str = TOKEN) -> httpx.Response:
    path = {"workreduce": "/v2/tasks", "outwork": "/api/partner_type/"}[api]
    name, value = auth_header(get_api(api).spec(), token)
    return httpx.get(url + path, headers={name: value}, timeout=30)


def _list(command: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, command.split()[1:])
    assert result.exit_code == 0, result.output
    for api in discover().values():
        assert re.search(rf"^{api.name} .* token: \${api.token_env}$", result.output, re.M), result.output


def _fuzz_against_a_fake(command: str, tmp_path: Path) -> None:
    """The README fuzzes a staging host with a token from the environment; here the fake is the host."""
    with running(build_app(get_api("workreduce"), token=TOKEN)) as url:
        line = command.replace("https://staging.example.com", url)
        result = _bash(f"{line} {' '.join(BUDGET)}", tmp_path, WORKREDUCE_TOKEN=TOKEN)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert TOKEN not in result.stdout + result.stderr  # the token never shows
    assert {p.name for p in (tmp_path / "reports").iterdir()} == {
        "junit.xml",
        "requests.har",
        "events.ndjson",
        "coverage.json",
        "summary.md",
        "report.html",
    }


def _inject_then_fuzz(command: str, tmp_path: Path) -> None:
    """The two lines together: a faulty proxy in front of a fake, and the fuzz run that catches it."""
    inject, fuzz = next(c for c, _ in _commands() if c.startswith("contract-tests inject")), command
    port = _free_port()
    with running(build_app(get_api("workreduce"), token=TOKEN)) as upstream:
        line = inject.replace("http://127.0.0.1:8000", upstream).replace("--port 8001", f"--port {port}")
        with _background(line, tmp_path):
            target = fuzz.replace("http://127.0.0.1:8001", f"http://127.0.0.1:{port}")
            result = _bash(f"{target} {' '.join(BUDGET)}", tmp_path, WORKREDUCE_TOKEN=TOKEN)
    assert result.returncode == 1, (
        result.stdout[-2000:] + result.stderr[-2000:]
    )  # "exits 1: the fault is caught"
    assert "update_applied" in result.stdout


def _serve_in_memory(command: str, tmp_path: Path) -> None:
    with _background(command.replace("--port 8000", "--port 0"), tmp_path) as (_, url):
        assert _get(url, "workreduce", "local-dev-token").status_code == 200


def _serve_with_a_database(command: str, tmp_path: Path) -> None:
    """State survives restarts: an application stored by one run of the fake is still there in the next."""
    line = f"{command} --port 0"
    with _background(line, tmp_path) as (_, url):
        assert _get(url, "outwork", "t").status_code == 200
    assert (tmp_path / "outwork.sqlite").stat().st_size > 0
    with _background(line, tmp_path) as (_, url):
        assert _get(url, "outwork", "t").status_code == 200


def _serve_misbehaving(command: str, tmp_path: Path) -> None:
    with _background(f"{command} --port 0", tmp_path) as (_, url):
        statuses = [_get(url, "workreduce", "local-dev-token").status_code for _ in range(4)]
    assert statuses == [429, 429, 429, 200]  # "the first 3 requests get 429"


def _fuzz_deterministic(command: str, tmp_path: Path) -> None:
    result = _bash(f"{command} {' '.join(BUDGET)}", tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert re.search(r"\d+ passed", result.stdout), result.stdout[-2000:]


def _suite(command: str, tmp_path: Path) -> None:
    result = _bash(f"{command} --max-examples 1 outwork workreduce", tmp_path)  # two APIs: the budget
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    header = next(line for line in result.stdout.splitlines() if line.startswith("API "))
    assert header.split() == [*TABLE_HEADER, "result"]  # the table the README shows
    assert {p.name for p in (tmp_path / "reports").iterdir()} == {
        "outwork",
        "workreduce",
        "summary.md",
        "report.html",
    }


def _tolerance(command: str, tmp_path: Path) -> None:
    result = _bash(f"{command} {' '.join(BUDGET)}", tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]  # "exits 0: tolerated"
    assert re.search(r"^\| .*clamp.* \| tolerated \|$", result.stdout, re.M), result.stdout[-2000:]


NOX = "is CI itself (`.ci/run` runs it); run from a test it would run this test again"
COMMANDS: dict[str, Callable[[str, Path], None] | str] = {
    "python -m pip install nox && python -m nox -s contract": (
        "builds a virtualenv and runs `contract-tests suite` at the full budget; pytest runs the same"
        " command with a small budget (tests/test_cli.py), and `contract-tests suite` is run below"
    ),
    "python -m pip install nox && python -m nox -s tests": NOX,
    "python -m pip install ./generated/outwork-client ./generated/workreduce-client"
    " ./generated/workato-platform-client": (
        "installs into the environment; `nox -s tests` installs every generated client the same way"
        " before these tests run (test_the_install_lines_name_what_exists checks the folders)"
    ),
    "python -m pip install .": (
        "installs into the environment; `nox -s tests` installs the project the same way before these"
        " tests run (test_the_install_lines_name_what_exists checks the command it installs)"
    ),
    "contract-tests list": _list,
    'contract-tests fuzz workreduce --base-url https://staging.example.com --token "$WORKREDUCE_TOKEN"'
    " --report-dir reports/": _fuzz_against_a_fake,
    "contract-tests inject workreduce --fault update_not_applied --upstream http://127.0.0.1:8000"
    " --port 8001": "run together with the next line, by that line's test",
    "contract-tests fuzz workreduce --base-url http://127.0.0.1:8001": _inject_then_fuzz,
    "contract-tests serve workreduce --port 8000": _serve_in_memory,
    "contract-tests serve outwork --db outwork.sqlite --token t": _serve_with_a_database,
    "contract-tests serve workreduce --misbehave 429:3": _serve_misbehaving,
    "contract-tests fuzz workreduce --deterministic": _fuzz_deterministic,
    "contract-tests suite --report-dir reports": _suite,
    "contract-tests tolerance-matrix workreduce --liberty clamp_page_size": _tolerance,
    'contract-tests fuzz workreduce --base-url "$URL" --shard 2/3 --report-dir part-2': (
        "one machine of three: tests/test_split.py runs all three against a fault and merges them"
    ),
    "contract-tests merge part-1 part-2 part-3 --report-dir merged --fail-under links=80": (
        "tests/test_split.py merges three machines' folders, and refuses them with one missing"
    ),
    "contract-tests proxy workreduce --upstream https://staging.example.com --port 8002"
    " --report-dir proxy-reports &": (
        "tests/test_proxy.py starts this command in front of a fake (and a broken one), stops it with"
        " SIGTERM and reads its reports and exit code"
    ),
    "WORKREDUCE_BASE_URL=http://127.0.0.1:8002 pytest e2e/": "a user's own end-to-end tests, not ours",
    "kill -TERM %1; wait %1": "the SIGTERM tests/test_proxy.py sends the proxy",
}


def _commands() -> list[tuple[str, int]]:
    return shell_lines(README.read_text(encoding="utf-8"))


def unlisted(lines: list[tuple[str, int]], known: dict[str, object]) -> list[str]:
    return [f"README.md:{line}: {command}" for command, line in lines if command not in known]


def test_every_shell_line_of_the_readme_is_run_or_listed_with_a_reason():
    assert unlisted(_commands(), COMMANDS) == []
    shown = {command for command, _ in _commands()}
    assert [command for command in COMMANDS if command not in shown] == []  # no stale entry either


def test_a_command_the_tests_do_not_know_is_reported_with_its_line():
    text = "# T\n\n```sh\ncontract-tests list\n"
    text += "contract-tests fuzz workreduce \\\n    --seed 3   # comment\n```\n"
    lines = shell_lines(text)
    assert lines == [("contract-tests list", 4), ("contract-tests fuzz workreduce --seed 3", 5)]
    assert unlisted(lines, COMMANDS) == ["README.md:5: contract-tests fuzz workreduce --seed 3"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "command", [c for c, _ in _commands() if callable(COMMANDS.get(c))], ids=lambda c: c.split(" #")[0][:60]
)
def test_the_readme_command_works(command, tmp_path):
    runner = COMMANDS[command]
    assert callable(runner)
    runner(command, tmp_path)


@pytest.mark.slow
def test_a_broken_command_is_red():
    """Negative control: the runner checks the exit code, so a misspelt option fails the test."""
    with pytest.raises(AssertionError, match="No such option"):
        _fuzz_deterministic("contract-tests fuzz workreduce --determinstic", Path.cwd())


def test_the_install_lines_name_what_exists():
    for command in COMMANDS:
        if command.startswith("python -m pip install ./generated/"):
            for folder in command.split()[4:]:
                assert (ROOT / folder / "pyproject.toml").is_file(), folder
    assert shutil.which("contract-tests", path=str(Path(sys.executable).parent)), "pip install . gives it"


# ------------------------------------------------------------------------------------------------
# Python blocks: each runs against the fake of the client it imports, the client pointed at it.

EXAMPLES: dict[str, str | None] = {
    # section heading -> None (run) or the reason it is not run
    "Adding an operation": None,
    "Outwork": None,
    "WorkReduce": None,
    "Workato API Platform": None,
    "Workato Embedded: a partner's first day": None,
    "Async": None,
    "Using a client": None,
}


def python_blocks() -> list[Fence]:
    return [f for f in fences(README.read_text(encoding="utf-8")) if f.info == "python"]


def _client_api(source: str) -> str | None:
    found = re.search(r"^from (\w+)_client import", source, re.M)
    return found[1].replace("_", "-") if found else None


@contextlib.contextmanager
def _clients_pointed_at(api: str, url: str) -> Iterator[None]:
    """Every client class of `api`'s package talks to `url` with the fake's token, whatever the example
    passes (a placeholder token, a tenant or data center): the example's own text stays as written."""
    package = importlib.import_module(get_api(api).package)
    patched = []
    for name in package.__all__:
        cls = getattr(package, name)
        credential = getattr(cls, "credential_field", None)
        if not isinstance(cls, type) or not isinstance(credential, str) or "__init__" not in vars(cls):
            continue
        original = cls.__init__

        def init(self, *args, __original=original, __credential=credential, **kwargs):
            __original(self, *args, **{**kwargs, __credential: TOKEN, "base_url": url})

        patched.append((cls, original))
        cls.__init__ = init
    try:
        yield
    finally:
        for cls, original in patched:
            cls.__init__ = original


def test_every_python_block_is_run_or_listed_with_a_reason():
    assert sorted({block.heading for block in python_blocks()}) == sorted(EXAMPLES)


def run_block(block: Fence, fake_url) -> None:
    """Run one Python block as written: against the fake of the client it imports, if any."""
    code = compile(block.content, f"README.md:{block.line}", "exec")
    api = _client_api(block.content)
    if api is None:
        exec(code, {"__name__": "readme_example"})
        return
    with fake_url(api) as url, _clients_pointed_at(api, url):
        exec(code, {"__name__": "readme_example"})


@pytest.mark.parametrize("block", python_blocks(), ids=lambda b: f"line{b.line}")
def test_the_readme_python_block_runs(block, fake_url, capsys):
    reason = EXAMPLES[block.heading]
    if reason:
        pytest.skip(reason)
    run_block(block, fake_url)
    out = capsys.readouterr().out
    if block.heading == "Workato Embedded: a partner's first day":
        customer_id, members, started, jobs = out.split()
        assert int(customer_id) > 0 and int(members) == 1 and started == "True" and int(jobs) == 1
    if "except NotFoundError" in block.content:
        assert "404 GET" in out and "Unknown task type 'nope'" in out  # what the comments say it prints


def test_a_python_block_that_fails_is_red(fake_url):
    """Negative control: an example whose call fails raises through the runner."""
    source = "from workreduce_client import WorkReduceClient\nWorkReduceClient(api_key='x').orders.get('1')\n"
    with pytest.raises(Exception, match=r"(?i)not found"):
        run_block(Fence("python", 1, source, "WorkReduce"), fake_url)
