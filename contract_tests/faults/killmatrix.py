"""The kill matrix: for every API and fault class, does `contract-tests fuzz` catch the planted fault?

Each cell starts a fresh fake behind the fault injector and runs the same fuzz run a user runs (exit 1
means caught); each API's clean fake must give exit 0. Fault classes the spec gives no way to observe
are "n/a" with the reason the spec gives. Cells are independent (own fake, own schemathesis process),
so `jobs` of them run at once: the fakes on threads here, schemathesis in its child processes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace

from ..fake.serve import build_app, default_token, running
from ..openapi.loader import Api
from ..suite.children import Children
from ..suite.fuzz import fuzz
from ..suite.options import FuzzOptions
from . import FAULTS, FaultClass, Injector, not_applicable


@dataclass(frozen=True)
class Cell:
    api: str
    fault: str  # "clean" for the fake without a fault
    verdict: str  # "caught", "MISSED", "ok" (clean, exit 0), "FAILED" (clean, exit != 0), "n/a"
    seconds: float = 0.0
    reason: str = ""
    checks: tuple[str, ...] = ()  # the checks that failed
    summary: tuple[str, ...] = ()  # each failure with its curl lines

    @property
    def good(self) -> bool:
        return self.verdict in ("caught", "ok", "n/a")


def run_cell(api: Api, fault: FaultClass | None, options: FuzzOptions, children: Children) -> Cell:
    """One fuzz run against a fresh fake, behind `fault` (None: the clean fake)."""
    if fault is not None and (reason := not_applicable(fault, api.spec())):
        return Cell(api.name, fault.name, "n/a", reason=reason)
    token = options.token or default_token(api)
    app = build_app(api, token=token)
    reports = (
        options.report_dir / api.name / (fault.name if fault else "clean") if options.report_dir else None
    )
    with running(Injector(app, api, fault) if fault else app) as url:
        result = fuzz(api, replace(options, base_url=url, token=token, report_dir=reports), children=children)
    if fault is None:
        verdict = "ok" if result.exit_code == 0 else "FAILED"
        return Cell(api.name, "clean", verdict, result.seconds, "", result.failed_checks, result.summary)
    verdict = "caught" if result.exit_code == 1 else "MISSED"
    return Cell(api.name, fault.name, verdict, result.seconds, "", result.failed_checks, result.summary)


def kill_matrix(
    apis: Iterable[Api],
    options: FuzzOptions,
    faults: Iterable[str] | None = None,
    progress: Callable[[Cell], None] = lambda cell: None,
    jobs: int = 1,
    children: Children | None = None,
) -> list[Cell]:
    """Every (API, fault) cell plus each API's clean run; cells in plan order.

    With `options.in_process` the cells run in turn in this process (no process to start per cell,
    so a caught fault costs about 0.1 s); otherwise `jobs` cells run at once, each in its own child,
    started in `children` (a registry of this call's own when none is given).
    """
    children = children or Children()
    plan = [(api, fault) for api in apis for fault in [None, *(FAULTS[name] for name in (faults or FAULTS))]]
    if options.in_process:
        jobs = 1
    lock = threading.Lock()

    def one(item: tuple[Api, FaultClass | None]) -> Cell:
        cell = run_cell(*item, options, children)
        with lock:
            progress(cell)
        return cell

    pool = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="cell")
    try:
        cells = list(pool.map(one, plan))
    except BaseException:
        children.stop_all()  # an interrupt: stop the running children instead of waiting for them
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return cells


def markdown(cells: list[Cell]) -> str:
    """The matrix as a Markdown table: fault classes down, APIs across; n/a reasons as footnotes."""
    apis = list(dict.fromkeys(c.api for c in cells))
    faults = list(dict.fromkeys(c.fault for c in cells))
    by_key = {(c.api, c.fault): c for c in cells}
    notes: list[str] = []
    lines = ["| fault class | " + " | ".join(apis) + " |", "| --- |" + " --- |" * len(apis)]
    for name in faults:
        title = FAULTS[name].title if name in FAULTS else "none (clean fake, exit 0 expected)"
        row = []
        for api in apis:
            cell = by_key.get((api, name))
            if cell is None:
                row.append("")
            elif cell.verdict == "n/a":
                if cell.reason not in notes:
                    notes.append(cell.reason)
                row.append(f"n/a ({notes.index(cell.reason) + 1})")
            else:
                by = f" by {', '.join(cell.checks)}" if cell.checks else ""
                row.append(f"{cell.verdict}{by}")
        lines.append(f"| {title} | " + " | ".join(row) + " |")
    lines += [""] + [f"({i}) {note}" for i, note in enumerate(notes, 1)]
    return "\n".join(lines)
