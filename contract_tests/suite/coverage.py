"""How much of the contract a run exercised: links, documented status codes, the project's checks.

A green row means little if the run never followed a link, never saw a documented error status, or
never got far enough for a check to run. These figures come from the run's event stream and the spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..openapi.model import ApiModel
from .results import FuzzResult

# What the table counts, as `--fail-under` names it: links followed, documented statuses observed,
# the project's checks that ran.
MEASURES = ("links", "statuses", "checks")

# Below these shares a run is reported as having exercised little.
LOW_SHARE = 0.5


def _matches(documented: str, status: int) -> bool:
    key = documented.upper()
    return key == str(status) or (len(key) == 3 and key.endswith("XX") and key[0] == str(status)[0])


def status_coverage(spec: dict[str, Any], result: FuzzResult) -> dict[str, dict[str, Any]]:
    """Per operation ("METHOD /path"): the documented status codes a run should observe, those a response
    had, those no valid request provokes (`x-unprovokable`, with the reason: counted apart), and the
    undocumented ones seen."""
    table = {}
    for op in ApiModel.of(spec).operations:
        label = f"{op.method.upper()} {op.path}"
        seen = result.statuses.get(label, frozenset())
        codes = sorted(code for code in op.responses if code != "default")
        unprovokable = {code: reason for code in codes if (reason := op.unprovokable(code))}
        documented = [code for code in codes if code not in unprovokable]
        table[label] = {
            "documented": documented,
            "observed": [code for code in documented if any(_matches(code, status) for status in seen)],
            "unprovokable": unprovokable,
            "undocumented_seen": [str(s) for s in sorted(seen) if not any(_matches(c, s) for c in codes)],
        }
    return table


@dataclass(frozen=True)
class Coverage:
    links_covered: int
    links_total: int
    statuses_observed: int
    statuses_documented: int
    statuses_unprovokable: int
    checks_ran: tuple[str, ...]
    checks_own: tuple[str, ...]
    per_operation: dict[str, dict[str, Any]]

    def share(self, measure: str) -> tuple[int, int]:
        """(exercised, total) for one of MEASURES."""
        return {
            "links": (self.links_covered, self.links_total),
            "statuses": (self.statuses_observed, self.statuses_documented),
            "checks": (len(self.checks_ran), len(self.checks_own)),
        }[measure]

    def as_json(self) -> dict[str, Any]:
        """coverage.json: the table's figures, then each operation's documented and observed statuses."""
        totals = {m: dict(zip(("exercised", "total"), self.share(m), strict=True)) for m in MEASURES}
        totals["statuses"]["unprovokable"] = self.statuses_unprovokable
        return {**totals, "checks_never_ran": list(self.checks_never_ran), "operations": self.per_operation}

    @property
    def checks_never_ran(self) -> tuple[str, ...]:
        return tuple(name for name in self.checks_own if name not in self.checks_ran)

    def shortfalls(self) -> list[str]:
        """Why this run exercised little, if it did (empty: it exercised enough)."""
        found = []
        if self.links_total and self.links_covered < LOW_SHARE * self.links_total:
            found.append(f"followed {self.links_covered} of {self.links_total} links")
        if self.statuses_documented and self.statuses_observed < LOW_SHARE * self.statuses_documented:
            found.append(f"saw {self.statuses_observed} of {self.statuses_documented} documented statuses")
        if self.checks_never_ran:
            found.append(f"never ran {', '.join(self.checks_never_ran)}")
        return found


def coverage(spec: dict[str, Any], result: FuzzResult) -> Coverage:
    per_operation = status_coverage(spec, result)
    own = result.own_checks
    return Coverage(
        links_covered=len(result.links),
        links_total=result.links_total,
        statuses_observed=sum(len(row["observed"]) for row in per_operation.values()),
        statuses_documented=sum(len(row["documented"]) for row in per_operation.values()),
        statuses_unprovokable=sum(len(row["unprovokable"]) for row in per_operation.values()),
        checks_ran=tuple(name for name in own if result.checks_ran.get(name)),
        checks_own=own,
        per_operation=per_operation,
    )
