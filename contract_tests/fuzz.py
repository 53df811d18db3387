"""Fuzzing a server against its API's spec with schemathesis.

The schemathesis CLI does the work (generation, every check, stateful links, reports, curl
reproductions); this module only turns an API name into its arguments: the bundled spec, the
vendor's Authorization header, the per-API config file of vendor quirks, and a fixed seed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .specs import Api, auth_header

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
    workers: int = 1
    quiet: bool = False


@dataclass(frozen=True)
class FuzzResult:
    api: str
    exit_code: int
    operations: int
    test_cases: int
    failures: int
    seconds: float


def config_file(api: Api) -> Path:
    """The schemathesis config holding this API's vendor quirks."""
    return Path(str(resources.files("contract_tests"))) / "config" / f"{api.name}.toml"


def command(api: Api, spec_file: Path, options: FuzzOptions, report_dir: Path) -> list[str]:
    args = [sys.executable, "-m", "schemathesis.cli"]
    if config_file(api).is_file():
        args += ["--config-file", str(config_file(api))]
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
    ]


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
            check=False,
        )
        seconds = time.perf_counter() - started
        operations, cases, failures = _tally(report_dir / "events.ndjson")
    exit_code = completed.returncode if completed.returncode in (0, 1) else 2
    return FuzzResult(api.name, exit_code, operations, cases, failures, seconds)


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
