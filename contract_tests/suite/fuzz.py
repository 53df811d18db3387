"""Fuzzing a server against its API's spec with schemathesis.

The schemathesis CLI does the work (generation, every check, stateful links, reports, curl
reproductions); this module only turns an API name into its arguments: the bundled spec, the
vendor's Authorization header, the per-API config file of vendor quirks, a fixed seed, and the
project's own spec-driven checks (`contract_tests.suite.checks`, loaded as schemathesis hooks).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from ..spec.loader import Api
from ..spec.model import auth_header

DEFAULT_SEED = 20261124
DEFAULT_MAX_EXAMPLES = 25
PHASES = ("examples", "coverage", "fuzzing", "stateful")


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


def config_file(api: Api) -> Path:
    """The schemathesis config holding this API's vendor quirks."""
    return Path(str(resources.files("contract_tests"))) / "suite" / "config" / f"{api.name}.toml"


def command(api: Api, spec_file: Path, options: FuzzOptions, report_dir: Path) -> list[str]:
    args = [sys.executable, "-m", "schemathesis.cli"]
    if config_file(api).is_file():
        args += ["--config-file", str(config_file(api))]
    optional = ["--generation-deterministic"] if options.deterministic else []
    if options.max_time is not None:
        optional += ["--max-time", str(options.max_time)]
    if options.max_failures is not None:
        optional += ["--max-failures", str(options.max_failures)]
    return [
        *args,
        "run",
        str(spec_file),
        "--url",
        options.base_url,
        "--header",
        ": ".join(auth_header(api.spec(), options.token)),
        "--phases",
        ",".join(options.phases),
        "--seed",
        str(options.seed),
        "--max-examples",
        str(options.max_examples),
        "--workers",
        str(options.workers),
        "--report",
        "junit,har,ndjson",
        "--report-junit-path",
        str(report_dir / "junit.xml"),
        "--report-har-path",
        str(report_dir / "requests.har"),
        "--report-ndjson-path",
        str(report_dir / "events.ndjson"),
        "--suppress-health-check",
        "all",
        *optional,
        *options.extra_args,
    ]


def environment() -> dict[str, str]:
    """Our environment plus the hooks that register the project's checks in schemathesis."""
    return {**os.environ, "SCHEMATHESIS_HOOKS": "contract_tests.suite.checks"}


def fuzz(api: Api, options: FuzzOptions) -> FuzzResult:
    """Run schemathesis against `options.base_url`; its own output streams to ours."""
    with tempfile.TemporaryDirectory(prefix=f"contract-{api.name}-") as scratch:
        spec_file = Path(scratch) / f"{api.name}.json"
        spec_file.write_text(json.dumps(api.spec()), encoding="utf-8")
        report_dir = options.report_dir or Path(scratch) / "reports"
        report_dir.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        completed = subprocess.run(
            command(api, spec_file, options, report_dir),
            stdout=subprocess.DEVNULL if options.quiet else None,
            env=environment(),
            check=False,
        )
        seconds = time.perf_counter() - started
        operations, cases, failed = _tally(report_dir / "events.ndjson")
        found = failures(report_dir / "events.ndjson", options.base_url)
    exit_code = completed.returncode if completed.returncode in (0, 1) else 2
    return FuzzResult(
        api.name,
        exit_code,
        operations,
        cases,
        failed,
        seconds,
        tuple(summary_lines(found)),
        tuple(sorted({f.check for f in found})),
    )


def _tally(events: Path) -> tuple[int, int, int]:
    """Operations, test cases and failures, read from schemathesis's event stream."""
    operations = cases = failures = 0
    if not events.is_file():
        return 0, 0, 0
    for line in events.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        if "LoadingFinished" in event:
            operations = event["LoadingFinished"]["statistic"]["operations"]["selected"]
        recorder = (event.get("ScenarioFinished") or {}).get("recorder") or {}
        cases += len(recorder.get("cases") or {})
        failures += sum(
            check.get("status") == "failure"
            for checks in (recorder.get("checks") or {}).values()
            for check in checks
        )
    return operations, cases, failures


@dataclass(frozen=True)
class Failure:
    check: str
    operation: str
    message: str
    curl: str


def failures(events: Path, base_url: str) -> list[Failure]:
    """Each distinct failed check in schemathesis's event stream, with a curl line reproducing it."""
    found: dict[tuple[str, str, str], Failure] = {}
    if not events.is_file():
        return []
    for line in events.read_text(encoding="utf-8").splitlines():
        recorder = (json.loads(line).get("ScenarioFinished") or {}).get("recorder") or {}
        for case_id, checks in (recorder.get("checks") or {}).items():
            for check in checks:
                if check.get("status") != "failure":
                    continue
                info = (check.get("failure_info") or {}).get("failure") or {}
                case = ((recorder.get("cases") or {}).get(case_id) or {}).get("value") or {}
                message = str(info.get("message") or info.get("title") or "").strip().splitlines()
                key = (check["name"], str(info.get("operation")), message[0] if message else "")
                if key not in found:
                    found[key] = Failure(*key, curl=curl_line(case, base_url))
    return list(found.values())


def curl_line(case: dict[str, Any], base_url: str) -> str:
    """A curl command for a recorded case; header values schemathesis filtered stay masked."""
    if not case:
        return "(no request recorded)"
    path = str(case.get("path", ""))
    for name, value in (case.get("path_parameters") or {}).items():
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    url = base_url.rstrip("/") + path
    if case.get("query"):
        url += "?" + urlencode(case["query"], doseq=True)
    parts = ["curl", "-X", str(case.get("method", "GET")), shlex.quote(url)]
    for name, value in (case.get("headers") or {}).items():
        shown = "***" if value == "[Filtered]" else value
        parts += ["-H", shlex.quote(f"{name}: {shown}")]
    body, media = case.get("body"), case.get("media_type")
    if body is not None and media == "multipart/form-data" and isinstance(body, dict):
        for name, value in body.items():
            for item in value if isinstance(value, list) else [value]:
                parts += ["-F", shlex.quote(f"{name}={item}")]
    elif body is not None and media == "application/x-www-form-urlencoded" and isinstance(body, dict):
        parts += ["--data", shlex.quote(urlencode(body, doseq=True))]
    elif body is not None:
        parts += ["-H", shlex.quote(f"Content-Type: {media or 'application/json'}")]
        parts += ["--data", shlex.quote(body if isinstance(body, str) else json.dumps(body))]
    return " ".join(parts)


def summary_lines(found: list[Failure]) -> list[str]:
    return [line for f in found for line in (f"- {f.check} on {f.operation}: {f.message}", f"  {f.curl}")]
