"""Running a suite on every core: the APIs cut into shards, one schemathesis process per shard.

A shard is one API with a set of phases and, optionally, a subset of its operations. The stateful
phase needs every operation of its API (links join them), so it is a shard of its own; the other
phases test operations one at a time, so their operations can be split. Each shard gets a fresh fake
(when no server is named), and the shards' results and reports are merged back into one per API.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..spec.loader import Api, operations
from . import reports
from .fuzz import UNIT_PHASES, FuzzOptions, FuzzResult, fuzz, result_from, stop_all

# Measured on the bundled fakes: a stateful shard costs about as much as two unit phases per operation.
STATEFUL_WEIGHT = 2.0


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
        ops = len(self.operation_ids) or len(list(operations(self.api.spec())))
        units = sum(phase in UNIT_PHASES for phase in self.phases)
        return ops * (units + (STATEFUL_WEIGHT if "stateful" in self.phases else 0))


def cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def plan(apis: list[Api], phases: tuple[str, ...], jobs: int) -> list[Shard]:
    """Shards, heaviest first; one per API with one process, else cut so no shard dwarfs the rest."""
    if jobs <= 1:
        return [Shard(api, phases) for api in apis]
    unit = tuple(p for p in phases if p in UNIT_PHASES)
    shards: list[Shard] = []
    for api in apis:
        if "stateful" in phases:
            shards.append(Shard(api, ("stateful",)))
        if unit:
            shards.append(Shard(api, unit))
    total = sum(s.weight for s in shards)
    # Cut unit shards heavier than a fair share of one core's work into that many parts.
    target = total / (jobs * 2)
    cut: list[Shard] = []
    for shard in shards:
        if shard.phases == ("stateful",) or shard.weight <= target:
            cut.append(shard)
            continue
        ids = [str(op.get("operationId")) for _, _, op in operations(shard.api.spec())]
        parts = min(len(ids), math.ceil(shard.weight / target))
        for index in range(parts):
            cut.append(replace(shard, operation_ids=tuple(ids[index::parts]), part=index + 1))
    return sorted(cut, key=lambda s: -s.weight)


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


Target = Callable[[Api], AbstractContextManager[str]]


def run(
    shards: list[Shard],
    options: FuzzOptions,
    target: Target,
    jobs: int,
    tokens: dict[str, str],
    on_record: Callable[[Shard, dict[str, Any]], None] = lambda shard, record: None,
    on_done: Callable[[Shard, FuzzResult], None] = lambda shard, result: None,
) -> list[tuple[Shard, FuzzResult]]:
    """Run the shards `jobs` at a time; (shard, result) in plan order once all are done.

    `target(api)` serves the server to fuzz for one shard, `tokens[api]` is the token sent to it.
    An exception (an interrupt included) stops every running child before it propagates. Shard
    reports are staged in a temporary folder and merged into `<report_dir>/<api>/` only when every
    shard finished.
    """
    with tempfile.TemporaryDirectory(prefix="contract-shards-") as staging_name:
        staging = Path(staging_name)
        staged = {
            shard: staging / f"{index}" if options.report_dir is not None else None
            for index, shard in enumerate(shards)
        }

        def one(shard: Shard) -> FuzzResult:
            with target(shard.api) as url:
                shard_options = replace(
                    options,
                    base_url=url,
                    token=tokens[shard.api.name],
                    phases=shard.phases,
                    operation_ids=shard.operation_ids,
                    report_dir=staged[shard],
                    quiet=True,
                )
                result = fuzz(shard.api, shard_options, on_record=lambda record: on_record(shard, record))
            on_done(shard, result)
            return result

        pool = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="shard")
        futures: dict[Shard, Future[FuzzResult]] = {}
        try:
            futures = {shard: pool.submit(one, shard) for shard in shards}
            done, _ = wait(futures.values(), return_when=FIRST_EXCEPTION)
            for future in done:
                error = future.exception()
                if error is not None:
                    raise error
        except BaseException:
            stop_all()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
        results = [(shard, futures[shard].result()) for shard in shards]
        if options.report_dir is not None:
            for api in dict.fromkeys(shard.api.name for shard in shards):
                parts = [staged[shard] for shard in shards if shard.api.name == api]
                reports.merge([p for p in parts if p is not None], options.report_dir / api)
    return results
