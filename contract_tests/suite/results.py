"""What a fuzz run found, folded from the event stream that `progress` writes in the schemathesis run."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Failure", "FuzzResult", "Interrupted", "result_from", "summary_lines"]


@dataclass(frozen=True)
class Failure:
    check: str
    operation: str
    message: str
    curl: tuple[str, ...]
    promise: str = ""  # the broken promise in words (`promises.broken_promise`)


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
    gaps: tuple[str, ...] = ()  # documentation gaps: what the vendor never documented, not failures

    def as_json(self) -> dict[str, Any]:
        """The result as JSON (sets as sorted lists), so a run on another machine can be merged."""
        data = asdict(self)
        data["statuses"] = {label: sorted(codes) for label, codes in self.statuses.items()}
        data["links"] = sorted(self.links)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FuzzResult:
        """The inverse of `as_json`; a KeyError or TypeError means the file is not one of ours."""
        fields = dict(data)
        fields["statuses"] = {label: frozenset(codes) for label, codes in data["statuses"].items()}
        fields["links"] = frozenset(data["links"])
        fields["found"] = tuple(
            Failure(**{**failure, "curl": tuple(failure["curl"])}) for failure in data["found"]
        )
        for name in ("summary", "failed_checks", "own_checks", "gaps"):
            fields[name] = tuple(data[name])
        return cls(**fields)

    @property
    def all_refused(self) -> bool:
        """Every response was a 401 or 403: the run proved nothing but the credentials are wrong."""
        return self.responses > 0 and self.refused == self.responses


class Interrupted(Exception):
    """The run was stopped by a signal; `code` is the shell's 128 + signal number."""

    def __init__(self, code: int) -> None:
        super().__init__(f"interrupted (exit {code})")
        self.code = code


def result_from(api: str, exit_code: int, seconds: float, records: Iterable[dict[str, Any]]) -> FuzzResult:
    """Fold the event stream of one run into its result."""
    operations = cases = failed = responses = refused = links_total = 0
    found: dict[tuple[str, str, str], Failure] = {}
    statuses: dict[str, set[int]] = {}
    links: set[str] = set()
    checks: Counter[str] = Counter()
    own: tuple[str, ...] = ()
    gaps: dict[str, None] = {}
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
            gaps.update(dict.fromkeys(record.get("gaps") or ()))
            for label, codes in record["statuses"].items():
                statuses.setdefault(label, set()).update(codes)
            for item in record["failures"]:
                failed += 1
                key = (item["check"], item["operation"], item["message"])
                promise = str(item.get("promise") or "")
                found.setdefault(key, Failure(*key, curl=tuple(item["curl"]), promise=promise))
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
        tuple(gaps),
    )


def summary_lines(found: list[Failure]) -> list[str]:
    lines = []
    for f in found:
        if f.promise:
            lines.append(f"- {f.promise}")
            lines.append(f"  ({f.check}" + (")" if f.message in f.promise else f": {f.message})"))
        else:
            lines.append(f"- {f.check} on {f.operation}: {f.message}")
        lines += [f"  {curl}" for curl in f.curl]
    return lines
