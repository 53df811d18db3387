"""Running a suite on every core: the APIs cut into shards, one schemathesis process per shard.

A shard is one API with a set of phases and, optionally, a subset of its operations. The stateful
phase needs every operation of its API (links join them), so it is a shard of its own; the other
phases test operations one at a time, so their operations can be split. Each shard runs in a worker
process with its own fresh fake, and the shards' results and reports are merged back into one per API.
"""

from __future__ import annotations

import functools
import os
import pickle
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..openapi.loader import Api
from ..openapi.model import ApiModel
from . import reports
from .children import Children
from .events import Tail
from .options import UNIT_PHASES, FuzzOptions
from .results import FuzzResult, Interrupted, result_from
from .worker import Job

# Measured on the bundled fakes (default budget): per operation, the stateful phase costs about as much
# as two unit phases, and starting a shard's process about as much as 12 unit phases of one operation.
STATEFUL_WEIGHT = 2.0
STARTUP_WEIGHT = 12.0


@dataclass(frozen=True)
class Shard:
    api: Api
    phases: tuple[str, ...]
    operation_ids: tuple[str, ...] = ()  # empty: every operation
    part: int = 0

    @property
    def name(self) -> str:
        kind = "+".join(self.phases) if len(self.phases) < 4 else "all"
        return f"{self.api.name}/{kind}" + (f"/{self.part}" if self.operation_ids else "")

    @property
    def weight(self) -> float:
        ops = len(self.operation_ids) or len(operation_ids(self.api))
        units = sum(phase in UNIT_PHASES for phase in self.phases)
        return ops * (units + (STATEFUL_WEIGHT if "stateful" in self.phases else 0))


def operation_ids(api: Api) -> tuple[str, ...]:
    """Every operationId of `api`, in spec order (the spec read once per version of its file)."""
    return _operation_ids(api, api.spec_path.stat().st_mtime)


@functools.lru_cache(maxsize=64)
def _operation_ids(api: Api, mtime: float) -> tuple[str, ...]:
    return tuple(str(op.operation_id) for op in ApiModel.of(api.spec()).operations)


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _makespan(shards: list[Shard], jobs: int) -> float:
    """Wall time, in weight units, of running `shards` heaviest first on `jobs` processes."""
    loads = [0.0] * jobs
    for shard in sorted(shards, key=lambda s: -s.weight):
        loads[loads.index(min(loads))] += shard.weight + STARTUP_WEIGHT
    return max(loads)


def _halves(shard: Shard) -> list[Shard] | None:
    """`shard` cut in two: stateful apart from the other phases, else its operations in halves."""
    if "stateful" in shard.phases and len(shard.phases) > 1:
        unit = tuple(p for p in shard.phases if p != "stateful")
        return [replace(shard, phases=("stateful",)), replace(shard, phases=unit)]
    if shard.phases == ("stateful",):
        return None
    ids = list(shard.operation_ids) or list(operation_ids(shard.api))
    if len(ids) < 2:
        return None
    first, second = tuple(ids[0::2]), tuple(ids[1::2])
    return [
        replace(shard, operation_ids=first, part=2 * shard.part + 1),
        replace(shard, operation_ids=second, part=2 * shard.part + 2),
    ]


def plan(apis: list[Api], phases: tuple[str, ...], jobs: int) -> list[Shard]:
    """Shards, heaviest first: one per API, cut further only while that shortens the run.

    Every shard costs a process start (STARTUP_WEIGHT), so a small API is not worth cutting; the
    heaviest shard is cut (stateful apart, then operations in halves) as long as the estimated wall
    time on `jobs` processes goes down.
    """
    return cut([Shard(api, phases) for api in apis], jobs)


def cut(shards: list[Shard], jobs: int) -> list[Shard]:
    """`shards` cut further, as `plan` does, while that shortens the wall time on `jobs` processes."""
    while jobs > 1:
        best = _makespan(shards, jobs)
        for shard in sorted(shards, key=lambda s: -s.weight):
            halves = _halves(shard)
            if halves is None:
                continue
            candidate = [s for s in shards if s != shard] + halves
            if _makespan(candidate, jobs) < best:
                shards = candidate
                break
        else:
            break
    return sorted(shards, key=lambda s: -s.weight)


def deal(shards: list[Shard], hands: int) -> list[list[Shard]]:
    """`shards` dealt into `hands` groups of about equal weight: heaviest first, each to the lightest
    group so far (ties to the first), so every machine of a split computes the same groups."""
    groups: list[list[Shard]] = [[] for _ in range(hands)]
    loads = [0.0] * hands
    for shard in sorted(shards, key=lambda s: (-s.weight, s.name)):
        lightest = loads.index(min(loads))
        groups[lightest].append(shard)
        loads[lightest] += shard.weight + STARTUP_WEIGHT
    return groups


def merge(api: str, results: list[tuple[Shard, FuzzResult]]) -> FuzzResult:
    """One result for an API from its shards' results (exit code: the worst)."""
    records: list[dict[str, Any]] = []
    unit_ops = stateful_ops = 0
    for shard, result in results:
        if shard.phases == ("stateful",):
            stateful_ops = max(stateful_ops, result.operations)
        else:
            unit_ops += result.operations
        records.append({"type": "links", "total": result.links_total})
        records.append(
            {
                "type": "scenario",
                "cases": result.test_cases,
                "responses": result.responses,
                "refused": result.refused,
                "links": sorted(result.links),
                "checks": result.checks_ran,
                "statuses": {label: sorted(codes) for label, codes in result.statuses.items()},
                "failures": [
                    {"check": f.check, "operation": f.operation, "message": f.message, "curl": list(f.curl)}
                    for f in result.found
                ],
                "gaps": list(result.gaps),
            }
        )
    merged = result_from(
        api,
        max(result.exit_code for _, result in results),
        sum(result.seconds for _, result in results),
        records,
    )
    own = max((result.own_checks for _, result in results), key=len, default=())
    failures = sum(result.failures for _, result in results)
    return replace(merged, operations=max(unit_ops, stateful_ops), failures=failures, own_checks=own)


def run(
    shards: list[Shard],
    options: FuzzOptions,
    jobs: int,
    tokens: dict[str, str],
    *,
    children: Children,
    on_record: Callable[[Shard, dict[str, Any]], None] = lambda shard, record: None,
    on_done: Callable[[Shard, FuzzResult], None] = lambda shard, result: None,
) -> list[tuple[Shard, FuzzResult]]:
    """Run the shards against fresh bundled fakes (or `options.base_url`), `jobs` worker processes at a time.

    Each shard is a `contract_tests.suite.worker` process holding its fake and schemathesis; its
    event stream feeds `on_record` as it comes. An exception (an interrupt included) stops every
    worker (each started in `children`) before it propagates. Shard reports are staged in a temporary
    folder and merged into `<report_dir>/<api>/` only when every shard finished.
    """
    with tempfile.TemporaryDirectory(prefix="contract-shards-") as staging_name:
        staging = Path(staging_name)

        def one(index: int, shard: Shard) -> FuzzResult:
            reports = staging / f"{index}-reports" if options.report_dir is not None else None
            job = Job(
                shard.api,
                replace(
                    options,
                    token=tokens[shard.api.name],
                    phases=shard.phases,
                    operation_ids=shard.operation_ids,
                    report_dir=reports,
                ),
                staging / f"{index}.progress",
                staging / f"{index}.result",
            )
            child = children.spawn(
                [sys.executable, "-m", "contract_tests.suite.worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
            )
            try:
                assert child.stdin is not None
                child.stdin.write(pickle.dumps(job))
                child.stdin.close()
            except BaseException:
                children.release(child)
                raise
            returncode = children.follow(child, Tail(job.progress), lambda record: on_record(shard, record))
            if returncode != 0 or not job.result.is_file():
                if children.stopping or returncode in (130, -signal.SIGTERM, -signal.SIGINT):
                    raise Interrupted(130)
                raise RuntimeError(f"the {shard.name} shard failed (exit {returncode})")
            result: FuzzResult = pickle.loads(job.result.read_bytes())
            on_done(shard, result)
            return result

        pool = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="shard")
        futures: list[Future[FuzzResult]] = []
        try:
            futures = [pool.submit(one, index, shard) for index, shard in enumerate(shards)]
            done, _ = wait(futures, return_when=FIRST_EXCEPTION)
            for future in done:
                error = future.exception()
                if error is not None:
                    raise error
        except BaseException:
            children.stop_all()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        results = [(shard, future.result()) for shard, future in zip(shards, futures, strict=True)]
        if options.report_dir is not None:
            for api in dict.fromkeys(shard.api.name for shard in shards):
                parts = [staging / f"{i}-reports" for i, shard in enumerate(shards) if shard.api.name == api]
                reports.merge([p for p in parts if p.is_dir()], options.report_dir / api)
    return results
