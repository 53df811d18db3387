"""Benchmark the contract suite: throughput against plain schemathesis, whole-run time, time to catch.

`python scripts/bench_contract.py` prints, from measurements taken in this run:

1. per API, test cases per second for `contract-tests fuzz` and for plain `schemathesis run` on the same
   spec, fake, seed and budget (run one after the other, each against a fresh fake), and their ratio;
2. the wall time of `contract-tests suite` (every API, every phase, default budget; goal < 60 s) with
   one process (`--jobs 1`) and with one per core (`--jobs auto`), medians of three, with the number of
   operations and test cases and the ratio between the two;
3. per API and fault class, the seconds `contract-tests fuzz --max-failures 1` takes to exit 1 on a
   fake behind the fault injector (n/a with the spec's reason where a fault cannot be observed).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from contract_tests.fake.serve import build_app, running
from contract_tests.faults import FAULTS, Injector, not_applicable
from contract_tests.openapi.loader import Api, discover
from contract_tests.openapi.model import auth_header
from contract_tests.suite.options import DEFAULT_MAX_EXAMPLES, DEFAULT_SEED, PHASES

TOKEN = "bench-token"
CLI = [sys.executable, "-m", "contract_tests"]


def timed(args: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[int, float]:
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, check=False, env=env, cwd=cwd)
    return done.returncode, time.perf_counter() - started


def cases_in(events: Path) -> int:
    """Test cases recorded in a schemathesis NDJSON report (0 when there is none)."""
    if not events.is_file():
        return 0
    total = 0
    for line in events.read_text(encoding="utf-8").splitlines():
        recorder = (json.loads(line).get("ScenarioFinished") or {}).get("recorder") or {}
        total += len(recorder.get("cases") or {})
    return total


def ours(api: Api, url: str, reports: Path, seed: int, budget: list[str]) -> tuple[int, float, int]:
    args = [*CLI, "fuzz", api.name, "--base-url", url, "--token", TOKEN, "--seed", str(seed), *budget]
    rc, seconds = timed([*args, "--report-dir", str(reports)])
    return rc, seconds, cases_in(reports / "events.ndjson")


def plain(api: Api, url: str, reports: Path, seed: int, max_examples: int) -> tuple[int, float, int]:
    spec_file = reports / f"{api.name}.json"
    spec_file.write_text(json.dumps(api.spec()), encoding="utf-8")
    args = [sys.executable, "-m", "schemathesis.cli", "run", str(spec_file), "--url", url]
    args += ["--header", ": ".join(auth_header(api.spec(), TOKEN)), "--phases", ",".join(PHASES)]
    args += ["--seed", str(seed), "--max-examples", str(max_examples), "--suppress-health-check", "all"]
    args += ["--report", "junit,har,ndjson", "--report-dir", str(reports), "--generation-database", "none"]
    env = {k: v for k, v in os.environ.items() if k != "SCHEMATHESIS_HOOKS"}
    rc, seconds = timed(args, env, cwd=reports)  # its cache folder goes to the scratch folder
    events = next(reports.glob("**/*.ndjson"), reports / "missing.ndjson")
    return rc, seconds, cases_in(events)


def throughput(apis: list[Api], seed: int, max_examples: int) -> None:
    print(f"1. Test cases per second (seed {seed}, --max-examples {max_examples}, phases {','.join(PHASES)})")
    print(f"{'API':20} {'contract-tests':>24} {'plain schemathesis':>24} {'ratio':>6}")
    for api in apis:
        rows = []
        for runner in ("ours", "plain"):
            with tempfile.TemporaryDirectory() as scratch, running(build_app(api, token=TOKEN)) as url:
                if runner == "ours":
                    rows.append(ours(api, url, Path(scratch), seed, ["--max-examples", str(max_examples)]))
                else:
                    rows.append(plain(api, url, Path(scratch), seed, max_examples))
        (rc1, s1, c1), (rc2, s2, c2) = rows
        rate1, rate2 = c1 / s1, c2 / s2
        print(
            f"{api.name:20} {f'{c1} in {s1:.1f} s = {rate1:.0f}/s':>24} "
            f"{f'{c2} in {s2:.1f} s = {rate2:.0f}/s':>24} {rate1 / rate2:>6.2f}"
            f"   (exit {rc1} vs {rc2})"
        )


SUITE_LINE = re.compile(r"(\d+) operations, (\d+) test cases in ([\d.]+) s wall")


def suite_run(seed: int, jobs: str) -> tuple[int, float, int, int]:
    """One `contract-tests suite` run: exit code, wall seconds, operations, test cases."""
    started = time.perf_counter()
    done = subprocess.run(
        [*CLI, "suite", "--seed", str(seed), "--jobs", jobs], capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    match = SUITE_LINE.search(done.stdout)
    ops, cases = (int(match[1]), int(match[2])) if match else (0, 0)
    return done.returncode, seconds, ops, cases


def whole_suite(seed: int, repeats: int) -> None:
    print(f"\n2. contract-tests suite, every API, all phases, default budget (median of {repeats})")
    medians = {}
    for jobs in ("1", "auto"):
        runs = [suite_run(seed, jobs) for _ in range(repeats)]
        seconds = statistics.median(run[1] for run in runs)
        ops = runs[0][2]
        cases = int(statistics.median(run[3] for run in runs))
        codes = sorted({run[0] for run in runs})
        medians[jobs] = seconds
        label = "1 process" if jobs == "1" else f"{os.cpu_count()} processes (--jobs auto)"
        print(f"   {label:28} {seconds:6.1f} s  {ops} operations, {cases} test cases  (exit {codes})")
    print(f"   ratio: {medians['auto'] / medians['1']:.2f} of the one-process time")


def time_to_catch(apis: list[Api], seed: int) -> None:
    print(f"\n3. Seconds to catch each fault class (contract-tests fuzz --max-failures 1, seed {seed})")
    print(f"{'fault class':26} " + " ".join(f"{api.name:>22}" for api in apis))
    for name, fault in FAULTS.items():
        row = []
        for api in apis:
            if not_applicable(fault, api.spec()):
                row.append("n/a")
                continue
            app = Injector(build_app(api, token=TOKEN), api, fault)
            with tempfile.TemporaryDirectory() as scratch, running(app) as url:
                rc, seconds, _ = ours(api, url, Path(scratch), seed, ["--max-failures", "1"])
            row.append(f"{seconds:.1f} s" if rc == 1 else f"MISSED ({seconds:.1f} s)")
        print(f"{name:26} " + " ".join(f"{cell:>22}" for cell in row))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("apis", nargs="*", help="APIs to measure (default: all)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--max-examples", type=int, default=DEFAULT_MAX_EXAMPLES)
    parser.add_argument("--repeats", type=int, default=3, help="Suite runs per setting (median)")
    parser.add_argument("--only-suite", action="store_true", help="Only section 2")
    args = parser.parse_args()
    known = discover()
    unknown = [name for name in args.apis if name not in known]
    if unknown:
        parser.error(f"unknown API(s): {', '.join(unknown)}; known: {', '.join(known)}")
    apis = [known[name] for name in args.apis] if args.apis else list(known.values())
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
    if args.only_suite:
        whole_suite(args.seed, args.repeats)
        return
    throughput(apis, args.seed, args.max_examples)
    whole_suite(args.seed, args.repeats)
    time_to_catch(apis, args.seed)


if __name__ == "__main__":
    main()
