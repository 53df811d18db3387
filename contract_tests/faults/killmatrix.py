"""The two matrices, for every API: does `contract-tests fuzz` catch each planted fault (the kill
matrix), and does it pass each liberty a conformant server may take (the tolerance matrix)?

Each cell starts a fresh fake behind the injector and runs the same fuzz run a user runs: exit 1 means
a fault is caught, exit 0 with the liberty taken at least once means it is tolerated; each API's clean
fake must give exit 0. What the spec gives no way to observe (or to take) is "n/a" with the reason the
spec gives. Cells are independent (own fake, own schemathesis process), so `jobs` of them run at once:
the fakes on threads here, schemathesis in its child processes.
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
from . import FAULTS, LIBERTIES, Injector, Planted, not_applicable


@dataclass(frozen=True)
class Cell:
    api: str
    fault: str  # "clean" for the fake without a fault
    # fault: "caught", "MISSED"; liberty: "tolerated", "FALSE ALARM", "NOT TAKEN" (the run never gave
    # the server a chance to take it); clean fake: "ok" (exit 0), "FAILED"; or "n/a"
    verdict: str
    seconds: float = 0.0
    reason: str = ""
    checks: tuple[str, ...] = ()  # the checks that failed
    summary: tuple[str, ...] = ()  # each failure with its curl lines

    @property
    def good(self) -> bool:
        return self.verdict in ("caught", "tolerated", "ok", "n/a")


def run_cell(api: Api, planted: Planted | None, options: FuzzOptions, children: Children) -> Cell:
    """One fuzz run against a fresh fake, behind `planted` (a fault or a liberty; None: the clean fake)."""
    if planted is not None and (reason := not_applicable(planted, api.spec())):
        return Cell(api.name, planted.name, "n/a", reason=reason)
    token = options.token or default_token(api)
    app = build_app(api, token=token)
    reports = (
        options.report_dir / api.name / (planted.name if planted else "clean") if options.report_dir else None
    )
    injector = Injector(app, api, planted) if planted else None
    with running(injector or app) as url:
        result = fuzz(api, replace(options, base_url=url, token=token, report_dir=reports), children=children)
    if planted is None:
        verdict = "ok" if result.exit_code == 0 else "FAILED"
    elif planted.name in FAULTS:
        verdict = "caught" if result.exit_code == 1 else "MISSED"
    elif result.exit_code != 0:
        verdict = "FALSE ALARM"
    else:
        verdict = "tolerated" if injector and injector.taken else "NOT TAKEN"
    name = planted.name if planted else "clean"
    return Cell(api.name, name, verdict, result.seconds, "", result.failed_checks, result.summary)


def kill_matrix(
    apis: Iterable[Api],
    options: FuzzOptions,
    faults: Iterable[str] | None = None,
    progress: Callable[[Cell], None] = lambda cell: None,
    jobs: int = 1,
    children: Children | None = None,
) -> list[Cell]:
    """Every (API, fault) cell plus each API's clean run; cells in plan order (see `matrix`)."""
    return matrix(apis, options, [FAULTS[name] for name in (faults or FAULTS)], progress, jobs, children)


def tolerance_matrix(
    apis: Iterable[Api],
    options: FuzzOptions,
    liberties: Iterable[str] | None = None,
    progress: Callable[[Cell], None] = lambda cell: None,
    jobs: int = 1,
    children: Children | None = None,
) -> list[Cell]:
    """Every (API, liberty) cell plus each API's clean run; cells in plan order (see `matrix`)."""
    chosen = [LIBERTIES[name] for name in (liberties or LIBERTIES)]
    return matrix(apis, options, chosen, progress, jobs, children)


def matrix(
    apis: Iterable[Api],
    options: FuzzOptions,
    planted: list[Planted],
    progress: Callable[[Cell], None] = lambda cell: None,
    jobs: int = 1,
    children: Children | None = None,
) -> list[Cell]:
    """Each API's clean run and one cell per planted behaviour; cells in plan order.

    With `options.in_process` the cells run in turn in this process (no process to start per cell,
    so a caught fault costs about 0.1 s); otherwise `jobs` cells run at once, each in its own child,
    started in `children` (a registry of this call's own when none is given).
    """
    children = children or Children()
    plan = [(api, item) for api in apis for item in [None, *planted]]
    if options.in_process:
        jobs = 1
    lock = threading.Lock()

    def one(item: tuple[Api, Planted | None]) -> Cell:
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
    """A matrix as a Markdown table: fault classes (or liberties) down, APIs across; n/a reasons as
    footnotes."""
    apis = list(dict.fromkeys(c.api for c in cells))
    faults = list(dict.fromkeys(c.fault for c in cells))
    by_key = {(c.api, c.fault): c for c in cells}
    notes: list[str] = []
    kind = "liberty" if any(c.fault in LIBERTIES for c in cells) else "fault class"
    lines = [f"| {kind} | " + " | ".join(apis) + " |", "| --- |" + " --- |" * len(apis)]
    known = {**FAULTS, **LIBERTIES}
    for name in faults:
        title = f"`{name}`: {known[name].title}" if name in known else "none (clean fake, exit 0 expected)"
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
