"""Fuzzing a server against its API's spec with schemathesis, one child process per run.

The schemathesis CLI does the work (generation, every check, stateful links, reports); this module
turns an API into its arguments (the bundled spec, the per-API config of vendor quirks, a fixed seed,
the project's checks as hooks) and reads back the compact event stream that `progress` writes.

The token never reaches a command line: the child gets it in its environment, and the config file
(mode 0600) only names the variable. Reports are written only when asked for, into a staging folder
that is moved into place when the run ends, so an interrupted run leaves no empty or partial report.
Hypothesis's example database and schemathesis's cache are off, so no run steers the next, and
hypothesis's own caches live in the user's cache folder, not in the working tree.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import IO, Any

from ..spec.loader import Api
from ..spec.model import ApiModel, auth_header
from ..spec.refusals import accepted_statuses

DEFAULT_SEED = 20261124
DEFAULT_MAX_EXAMPLES = 25
PHASES = ("examples", "coverage", "fuzzing", "stateful")
UNIT_PHASES = ("examples", "coverage", "fuzzing")
REPORTS = {"junit": "junit.xml", "har": "requests.har", "ndjson": "events.ndjson"}
HOOKS = "contract_tests.suite.progress"
# What the schemathesis side (`progress`) reads from its environment.
PROGRESS_ENV = "CONTRACT_TESTS_PROGRESS"
TOKEN_ENV = "CONTRACT_TESTS_TOKEN"
TOKEN_VARIABLE_ENV = "CONTRACT_TESTS_TOKEN_VARIABLE"
# Hypothesis keeps caches (its Unicode tables, about 1 s to rebuild per run) in `.hypothesis/` under
# the working directory; we name a folder outside the tree. The example database is off.
HYPOTHESIS_HOME_ENV = "CONTRACT_TESTS_HYPOTHESIS_HOME"


@dataclass(frozen=True)
class FuzzOptions:
    base_url: str
    token: str
    seed: int = DEFAULT_SEED
    max_examples: int = DEFAULT_MAX_EXAMPLES
    report_dir: Path | None = None
    phases: tuple[str, ...] = PHASES
    workers: int | str = 1
    quiet: bool = False
    deterministic: bool = False
    max_time: int | None = None
    max_failures: int | None = None
    extra_args: tuple[str, ...] = ()
    operation_ids: tuple[str, ...] = ()
    # Run schemathesis in this process (no child to start: 0.1 s instead of 2 s for a short run).
    # For many short runs in turn, such as the kill matrix; not safe on two threads at once.
    in_process: bool = False


@dataclass(frozen=True)
class Failure:
    check: str
    operation: str
    message: str
    curl: tuple[str, ...]


@dataclass(frozen=True)
class FuzzResult:
    api: str
    exit_code: int
    operations: int
    test_cases: int
    failures: int
    seconds: float
    summary: tuple[str, ...] = ()
    failed_checks: tuple[str, ...] = ()
    found: tuple[Failure, ...] = ()
    responses: int = 0
    refused: int = 0
    statuses: dict[str, frozenset[int]] = field(default_factory=dict)
    links: frozenset[str] = frozenset()
    links_total: int = 0
    checks_ran: dict[str, int] = field(default_factory=dict)
    own_checks: tuple[str, ...] = ()

    @property
    def all_refused(self) -> bool:
        """Every response was a 401 or 403: the run proved nothing but the credentials are wrong."""
        return self.responses > 0 and self.refused == self.responses


class Interrupted(Exception):
    """The run was stopped by a signal; `code` is the shell's 128 + signal number."""

    def __init__(self, code: int) -> None:
        super().__init__(f"interrupted (exit {code})")
        self.code = code


# Live schemathesis children, so an interrupt on any thread can stop them all.
_children: set[subprocess.Popen[Any]] = set()
_children_lock = threading.Lock()
STOPPING = threading.Event()


def stop_all(grace: float = 5.0) -> None:
    """Stop every running child (SIGTERM, then SIGKILL after `grace` seconds); start no new one."""
    STOPPING.set()
    with _children_lock:
        children = list(_children)
    for child in children:
        _terminate(child, grace)


def spawn(args: list[str], **popen: Any) -> subprocess.Popen[Any]:
    """Start a child that `stop_all` will stop; hand it back to `release` when done with it."""
    if STOPPING.is_set():
        raise Interrupted(130)
    child = subprocess.Popen(args, **popen)
    with _children_lock:
        _children.add(child)
    return child


def release(child: subprocess.Popen[Any], grace: float = 5.0) -> None:
    """Forget `child`, stopping it first if it still runs (the caller was interrupted)."""
    with _children_lock:
        _children.discard(child)
    _terminate(child, grace)


def _terminate(child: subprocess.Popen[Any], grace: float) -> None:
    if child.poll() is not None:
        return
    child.terminate()
    try:
        child.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()


def config_file(api: Api) -> Path:
    """The schemathesis config holding this API's vendor quirks."""
    return Path(str(resources.files("contract_tests"))) / "suite" / "config" / f"{api.name}.toml"


def write_config(api: Api, scratch: Path) -> Path:
    """The run's config: the API's quirks plus the auth header, whose value names $CONTRACT_TESTS_TOKEN."""
    name, value = auth_header(api.spec(), "\0")
    value = value.replace("$", "$$").replace("\0", "${" + TOKEN_ENV + "}")
    quirks = config_file(api).read_text(encoding="utf-8") if config_file(api).is_file() else ""
    parsed = tomllib.loads(quirks)
    clash = {"headers", "cache"} & set(parsed)
    if clash:
        raise ValueError(f"{config_file(api)}: the suite sets {', '.join(sorted(clash))} itself")
    for entry in parsed.get("operations", []):
        if "positive_data_acceptance" in (entry.get("checks") or {}):
            raise ValueError(f"{config_file(api)}: what a valid request may get comes from the spec")
    text = (
        f"headers = {{ {json.dumps(name)} = {json.dumps(value)} }}\n"
        "cache = { enabled = false }\n\n" + quirks + _accepted_statuses(api)
    )
    path = scratch / "schemathesis.toml"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write(text)
    return path


def _accepted_statuses(api: Api) -> str:
    """Per operation, the statuses a valid request may get (`accepted_statuses`), as config."""
    text = "\n# What a valid request may get, from the spec (x-refusals and documented 404s).\n"
    for op in ApiModel.of(api.spec()).operations:
        text += (
            f"\n[[operations]]\ninclude-operation-id = {json.dumps(op.id)}\n"
            f"checks.positive_data_acceptance.expected-statuses = {json.dumps(accepted_statuses(op))}\n"
        )
    return text


def command(
    api: Api, spec_file: Path, options: FuzzOptions, report_dir: Path | None, config: Path
) -> list[str]:
    """The schemathesis command line: no secret in it (the config names an environment variable)."""
    optional = ["--generation-deterministic"] if options.deterministic else []
    if options.max_time is not None:
        optional += ["--max-time", str(options.max_time)]
    if options.max_failures is not None:
        optional += ["--max-failures", str(options.max_failures)]
    for op_id in options.operation_ids:
        optional += ["--include-operation-id", op_id]
    if report_dir is not None:
        optional += ["--report", ",".join(REPORTS)]
        for kind, name in REPORTS.items():
            optional += [f"--report-{kind}-path", str(report_dir / name)]
    return [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "--config-file",
        str(config),
        "run",
        str(spec_file),
        "--url",
        options.base_url,
        "--phases",
        ",".join(options.phases),
        "--seed",
        str(options.seed),
        "--max-examples",
        str(options.max_examples),
        "--workers",
        str(options.workers),
        "--generation-database",
        "none",
        "--suppress-health-check",
        "all",
        *optional,
        *options.extra_args,
    ]


def hypothesis_home() -> Path:
    """Where hypothesis keeps its caches for our runs: the user's cache folder, never the working tree."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "contract-tests" / "hypothesis"


def environment(api: Api, token: str, progress: Path | None) -> dict[str, str]:
    """Our environment plus the token, the hooks module and where to write the event stream."""
    env = {
        **os.environ,
        "SCHEMATHESIS_HOOKS": HOOKS,
        TOKEN_ENV: token,
        TOKEN_VARIABLE_ENV: api.token_env,
        HYPOTHESIS_HOME_ENV: os.environ.get(HYPOTHESIS_HOME_ENV) or str(hypothesis_home()),
        "PYTHONUNBUFFERED": "1",
    }
    if progress is not None:
        env[PROGRESS_ENV] = str(progress)
    return env


def output_filter(api: Api, replacements: dict[str, str]) -> Callable[[str], str | None]:
    """Rewrite schemathesis's output for `contract-tests` users: our options, our curl lines, final paths."""
    hint = f"`--token` or ${api.token_env}"
    auth_hints = re.compile(r"`--auth` or `-H`|`--header` or `--auth`|-H, --auth")

    def rewrite(line: str) -> str | None:
        stripped = line.strip()
        if stripped.startswith("st replay ") or stripped == "Reproduce with:":
            return None
        if stripped.startswith("curl "):
            return line[: len(line) - len(line.lstrip())] + "(the curl line is in the summary below)"
        line = auth_hints.sub(hint, line)
        for old, new in replacements.items():
            line = line.replace(old, new)
        return line

    return rewrite


def _pump(stream: IO[str], rewrite: Callable[[str], str | None], echo: Callable[[str], None]) -> None:
    for raw in stream:
        line = rewrite(raw.rstrip("\n"))
        if line is not None:
            echo(line)


class Tail:
    """Reads the complete lines appended to the event stream since the last call."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.offset = 0
        self.pending = b""

    def read(self) -> list[dict[str, Any]]:
        try:
            with self.path.open("rb") as stream:
                stream.seek(self.offset)
                data = stream.read()
        except FileNotFoundError:
            return []
        self.offset += len(data)
        *lines, self.pending = (self.pending + data).split(b"\n")
        return [json.loads(line) for line in lines if line.strip()]


def fuzz(
    api: Api,
    options: FuzzOptions,
    on_record: Callable[[dict[str, Any]], None] = lambda record: None,
    echo: Callable[[str], None] = print,
    progress: Path | None = None,
) -> FuzzResult:
    """Run schemathesis against `options.base_url`; its (rewritten) output goes to `echo` unless quiet.

    `progress` names the file for the event stream (default: one in the run's scratch folder).
    """
    if STOPPING.is_set():
        raise Interrupted(130)
    records: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix=f"contract-{api.name}-") as scratch_name:
        scratch = Path(scratch_name)
        spec_file = scratch / f"{api.name}.json"
        spec_file.write_text(json.dumps(api.spec()), encoding="utf-8")
        progress = progress or scratch / "progress.ndjson"
        staging = scratch / "reports" if options.report_dir else None
        args = command(api, spec_file, options, staging, write_config(api, scratch))
        tail = Tail(progress)
        env = environment(api, options.token, progress)
        started = time.perf_counter()
        if options.in_process:
            returncode = _run_here(args[3:], env, options.quiet, api, echo)
            for record in tail.read():
                records.append(record)
                on_record(record)
        else:
            returncode = _run_child(args, env, options, api, tail, records, on_record, echo, staging)
        seconds = time.perf_counter() - started
        if STOPPING.is_set() or returncode < 0 or returncode in (130, 143):
            raise Interrupted(128 + signal.SIGTERM if returncode in (-signal.SIGTERM, 143) else 130)
        if staging is not None and options.report_dir is not None and returncode in (0, 1):
            options.report_dir.mkdir(parents=True, exist_ok=True)
            for name in REPORTS.values():
                if (staging / name).is_file():
                    shutil.move(staging / name, options.report_dir / name)
    exit_code = returncode if returncode in (0, 1) else 2
    return result_from(api.name, exit_code, seconds, records)


def _run_child(
    args: list[str],
    env: dict[str, str],
    options: FuzzOptions,
    api: Api,
    tail: Tail,
    records: list[dict[str, Any]],
    on_record: Callable[[dict[str, Any]], None],
    echo: Callable[[str], None],
    staging: Path | None,
) -> int:
    """Run schemathesis as a child process, passing its events on as they come."""
    child = spawn(
        args,
        stdout=subprocess.DEVNULL if options.quiet else subprocess.PIPE,
        stderr=subprocess.DEVNULL if options.quiet else subprocess.STDOUT,
        env=env,
        text=True,
        errors="replace",
    )
    pump = None
    if child.stdout is not None:
        moved = {str(staging): str(options.report_dir)} if staging and options.report_dir else {}
        pump = threading.Thread(target=_pump, args=(child.stdout, output_filter(api, moved), echo))
        pump.start()
    try:
        while child.poll() is None:
            for record in tail.read():
                records.append(record)
                on_record(record)
            time.sleep(0.1)
        for record in tail.read():
            records.append(record)
            on_record(record)
    finally:
        release(child)
        if pump is not None:
            pump.join()
    return child.returncode


def _run_here(
    args: list[str], env: dict[str, str], quiet: bool, api: Api, echo: Callable[[str], None]
) -> int:
    """Run the schemathesis CLI in this process with `env` in place; its exit code."""
    from hypothesis.configuration import set_hypothesis_home_dir
    from schemathesis.cli import schemathesis as schemathesis_cli

    set_hypothesis_home_dir(env[HYPOTHESIS_HOME_ENV])
    saved = dict(os.environ)
    os.environ.update(env)
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            schemathesis_cli.main(args, standalone_mode=False)
        code: object = 0
    except SystemExit as exc:
        code = exc.code if exc.code is not None else 0
    except Exception:  # a usage or internal error schemathesis raised rather than printed
        code = 2
    finally:
        os.environ.clear()
        os.environ.update(saved)
    if not quiet:
        rewrite = output_filter(api, {})
        for line in out.getvalue().splitlines():
            if (shown := rewrite(line)) is not None:
                echo(shown)
    return code if isinstance(code, int) else 2


def result_from(api: str, exit_code: int, seconds: float, records: Iterable[dict[str, Any]]) -> FuzzResult:
    """Fold the event stream of one run into its result."""
    operations = cases = failed = responses = refused = links_total = 0
    found: dict[tuple[str, str, str], Failure] = {}
    statuses: dict[str, set[int]] = {}
    links: set[str] = set()
    checks: Counter[str] = Counter()
    own: tuple[str, ...] = ()
    for record in records:
        kind = record.get("type")
        if kind == "loaded":
            operations = int(record["operations"])
            own = tuple(record.get("own_checks") or ())
        elif kind == "links":
            links_total = max(links_total, int(record["total"]))
        elif kind == "scenario":
            cases += record["cases"]
            responses += record["responses"]
            refused += record["refused"]
            links.update(record["links"])
            checks.update(record["checks"])
            for label, codes in record["statuses"].items():
                statuses.setdefault(label, set()).update(codes)
            for item in record["failures"]:
                failed += 1
                key = (item["check"], item["operation"], item["message"])
                found.setdefault(key, Failure(*key, curl=tuple(item["curl"])))
    return FuzzResult(
        api,
        exit_code,
        operations,
        cases,
        failed,
        seconds,
        tuple(summary_lines(list(found.values()))),
        tuple(sorted({f.check for f in found.values()})),
        tuple(found.values()),
        responses,
        refused,
        {label: frozenset(codes) for label, codes in statuses.items()},
        frozenset(links),
        links_total,
        dict(checks),
        own,
    )


def summary_lines(found: list[Failure]) -> list[str]:
    lines = []
    for f in found:
        lines.append(f"- {f.check} on {f.operation}: {f.message}")
        lines += [f"  {curl}" for curl in f.curl]
    return lines
