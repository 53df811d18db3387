"""What the validating proxy writes when it stops: every violation, and a verdict CI can show.

`violations.ndjson` (one JSON object per violation, in the order seen), `junit.xml` (one test case per
operation that went through, failed by its violations) and `summary.md` (exchanges and violations per
operation). The texts come from the violations, which name fields and rules, never a header's value.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from .validate import Violation

__all__ = ["write_reports"]


def write_reports(
    folder: Path,
    api: str,
    exchanges: Counter[str],
    violations: list[Violation],
    total: int,
) -> list[Path]:
    """Write the three reports into `folder`; `total` counts violations beyond those kept."""
    folder.mkdir(parents=True, exist_ok=True)
    ndjson = folder / "violations.ndjson"
    with ndjson.open("w", encoding="utf-8") as out:
        for violation in violations:
            out.write(json.dumps(violation.as_json()) + "\n")

    by_operation: dict[str, list[Violation]] = {}
    for violation in violations:
        by_operation.setdefault(violation.operation, []).append(violation)
    labels = sorted(set(exchanges) | set(by_operation))

    root = ET.Element(
        "testsuites", tests=str(len(labels)), failures=str(sum(1 for n in labels if n in by_operation))
    )
    suite = ET.SubElement(root, "testsuite", name=f"contract-tests proxy {api}", tests=root.get("tests", "0"))
    suite.set("failures", root.get("failures", "0"))
    for label in labels:
        case = ET.SubElement(suite, "testcase", name=label, classname=api)
        for violation in by_operation.get(label, []):
            failure = ET.SubElement(case, "failure", message=f"{violation.side} {violation.rule}")
            failure.text = violation.message
    junit = folder / "junit.xml"
    ET.ElementTree(root).write(junit, encoding="utf-8", xml_declaration=True)

    verdict = "FAILED" if total else "passed"
    lines = [
        f"### Validating proxy for {api}: {verdict}",
        "",
        f"{sum(exchanges.values())} exchanges, {total} violations.",
        "",
        "| operation | exchanges | violations |",
        "| --- | ---: | ---: |",
    ]
    lines += [
        f"| {label} | {exchanges.get(label, 0)} | {len(by_operation.get(label, []))} |" for label in labels
    ]
    if violations:
        lines += ["", "**Violations** (first of each kind):", ""]
        seen: set[tuple[str, str, str]] = set()
        for violation in violations:
            key = (violation.operation, violation.side, violation.rule)
            if key not in seen and len(seen) < 20:
                seen.add(key)
                lines.append(f"- {violation.line}")
    summary = folder / "summary.md"
    summary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [ndjson, junit, summary]
