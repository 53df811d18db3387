"""summary.md: the run's table and each failure's one-line reason, in Markdown for a CI job's page.

Written beside the reports (`--report-dir`) by `suite`, `fuzz --shard` and `merge`; the GitHub action
appends it to `$GITHUB_STEP_SUMMARY`. It holds no curl line (those are in the log and the reports), so
nothing in it depends on how the token was passed.
"""

from __future__ import annotations

from .coverage import Coverage
from .results import Failure, FuzzResult

__all__ = ["SUMMARY", "markdown", "reason"]

SUMMARY = "summary.md"
# Failures listed per API; the rest are counted (the log and the reports have them all).
_LISTED = 20


def reason(failure: Failure) -> str:
    """A failure in one line: the broken promise, else the check, the operation and the message."""
    text = failure.promise or f"{failure.check} on {failure.operation}: {failure.message}"
    line = (text.strip().splitlines() or [failure.check])[0]
    return line if len(line) <= 200 else line[:199] + "…"


def markdown(rows: list[tuple[FuzzResult, Coverage]], scope: str = "") -> str:
    """The table of `rows` and their failures; `scope` says what part of a run this is, if a part."""
    failed = any(result.exit_code != 0 for result, _ in rows)
    lines = [f"### Contract suite: {'FAILED' if failed else 'passed'}" + (f" ({scope})" if scope else ""), ""]
    lines += [
        "| API | operations | test cases | failures | links | statuses | checks | result |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for result, cover in rows:
        lines.append(
            f"| {result.api} | {result.operations} | {result.test_cases} | {result.failures}"
            f" | {cover.links_covered}/{cover.links_total}"
            f" | {cover.statuses_observed}/{cover.statuses_documented}"
            f" | {len(cover.checks_ran)}/{len(cover.checks_own)}"
            f" | {'ok' if result.exit_code == 0 else '**FAILED**'} |"
        )
    for result, _ in rows:
        if not result.found:
            continue
        lines += [
            "",
            f"**Failures in {result.api}** (each with its curl line in the log and the reports):",
            "",
        ]
        lines += [f"- {reason(failure)}" for failure in result.found[:_LISTED]]
        if len(result.found) > _LISTED:
            lines.append(f"- … and {len(result.found) - _LISTED} more")
    return "\n".join(lines) + "\n"
