"""report.html: one self-contained page a person reads after a run (no script, no fetch: its Content
Security Policy allows nothing but its own inline style).

It shows the suite table, each API's coverage by operation (documented statuses seen and not,
unprovokable ones, undocumented ones seen, links followed from it, the checks that ran) and each
failure with its reason, the request and response (the HAR entry of the failing test case) and its
curl line. The HAR and the curl lines hold no token (schemathesis filters the header, the curl line
names the variable); the page is still scrubbed of every secret it is given.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jinja2

from .coverage import Coverage
from .results import Failure, FuzzResult
from .summary import reason

__all__ = ["REPORT_PAGE", "write_report_page"]

REPORT_PAGE = "report.html"
_CASE_ID = re.compile(r"X-Schemathesis-TestCaseId: ([A-Za-z0-9]+)")
_BODY_LIMIT = 4000  # characters of a body shown; the HAR has it whole
_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("contract_tests.suite", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


def _har_entries(har: Path | None) -> dict[str, dict[str, Any]]:
    """The HAR's entries by schemathesis test case id (the last one of a case: the failing call)."""
    if har is None or not har.is_file():
        return {}
    try:
        entries = json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    by_case = {}
    for entry in entries:
        for header in entry.get("request", {}).get("headers", []):
            if str(header.get("name", "")).lower() == "x-schemathesis-testcaseid":
                by_case[str(header.get("value"))] = entry
    return by_case


def _clip(text: str) -> str:
    return text if len(text) <= _BODY_LIMIT else text[:_BODY_LIMIT] + f"\n… ({len(text) - _BODY_LIMIT} more)"


def _message(head: str, headers: Iterable[dict[str, Any]], body: str) -> str:
    lines = [head, *(f"{h.get('name')}: {h.get('value')}" for h in headers)]
    return "\n".join(lines) + ("\n\n" + _clip(body) if body else "")


def _exchange(entry: dict[str, Any] | None) -> tuple[str, str]:
    """(request, response) as text, from a HAR entry."""
    if entry is None:
        return "", ""
    request, response = entry.get("request", {}), entry.get("response", {})
    sent = _message(
        f"{request.get('method', '')} {request.get('url', '')}",
        request.get("headers", []),
        str((request.get("postData") or {}).get("text") or ""),
    )
    answered = _message(
        f"{response.get('status', '')} {response.get('statusText', '')}".strip(),
        response.get("headers", []),
        str((response.get("content") or {}).get("text") or ""),
    )
    return sent, answered


def _failure(failure: Failure, entries: dict[str, dict[str, Any]]) -> dict[str, Any]:
    case = next((m.group(1) for curl in failure.curl if (m := _CASE_ID.search(curl))), None)
    request, response = _exchange(entries.get(case) if case else None)
    return {
        "reason": reason(failure),
        "check": failure.check,
        "operation": failure.operation,
        "message": failure.message,
        "request": request,
        "response": response,
        "curl": list(failure.curl),
    }


def _api(result: FuzzResult, cover: Coverage, har: Path | None) -> dict[str, Any]:
    entries = _har_entries(har) if result.found else {}
    per_operation = []
    for label, row in cover.per_operation.items():
        observed = set(row["observed"])
        per_operation.append(
            {
                "label": label,
                "documented": [(code, code in observed) for code in row["documented"]],
                "unprovokable": sorted(row["unprovokable"].items()),
                "undocumented": row["undocumented_seen"],
                "links": sorted(link for link in result.links if link.startswith(f"{label} ->")),
            }
        )
    return {
        "name": result.api,
        "operations": result.operations,
        "test_cases": result.test_cases,
        "failures": result.failures,
        "links": f"{cover.links_covered}/{cover.links_total}",
        "statuses": f"{cover.statuses_observed}/{cover.statuses_documented}",
        "unprovokable": cover.statuses_unprovokable,
        "checks": f"{len(cover.checks_ran)}/{len(cover.checks_own)}",
        "result": "ok" if result.exit_code == 0 else "FAILED",
        "found": [_failure(failure, entries) for failure in result.found],
        "per_operation": per_operation,
        "checks_ran": sorted((name, result.checks_ran.get(name, 0)) for name in cover.checks_ran),
        "checks_never_ran": list(cover.checks_never_ran),
    }


def write_report_page(
    folder: Path,
    rows: list[tuple[FuzzResult, Coverage, Path | None]],
    scope: str = "",
    secrets: Iterable[str] = (),
) -> Path:
    """Write `folder/report.html` from each API's result, coverage and HAR file (None: no HAR)."""
    apis = [_api(result, cover, har) for result, cover, har in rows]
    verdict = "FAILED" if any(api["result"] == "FAILED" for api in apis) else "passed"
    page = _ENV.get_template("report.html.jinja").render(apis=apis, verdict=verdict, scope=scope)
    for secret in secrets:
        if len(secret) >= 4:  # a shorter "secret" would blank out ordinary text
            page = page.replace(secret, "[redacted]")
    path = folder / REPORT_PAGE
    path.write_text(page, encoding="utf-8")
    return path
