"""Merging the reports of an API's shards into one report set (JUnit XML, HAR, NDJSON).

Each shard's schemathesis run writes its own complete set; a user asked for one per API. JUnit test
cases go into one `testsuite` with summed counts, HAR entries into one log, NDJSON streams are
concatenated (each keeps its own start and finish events).
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from .command import REPORTS

_COUNTS = ("tests", "failures", "errors", "skipped")


def _junit(parts: list[Path], dest: Path) -> None:
    trees = [ET.parse(part) for part in parts]
    root = trees[0].getroot()
    suite = root.find("testsuite")
    assert suite is not None
    for tree in trees[1:]:
        for other in tree.getroot().iter("testsuite"):
            suite.extend(list(other))
    totals = {name: 0 for name in _COUNTS}
    seconds = 0.0
    for tree in trees:
        for other in tree.getroot().iter("testsuite"):
            for name in _COUNTS:
                totals[name] += int(other.get(name, "0"))
            seconds += float(other.get("time", "0"))
    for element in (root, suite):
        for name, value in totals.items():
            element.set(name, str(value))
        element.set("time", f"{seconds:.6f}")
    ET.ElementTree(root).write(dest, encoding="utf-8", xml_declaration=True)


def _har(parts: list[Path], dest: Path) -> None:
    logs = [json.loads(part.read_text(encoding="utf-8")) for part in parts]
    merged = logs[0]
    merged["log"]["entries"] = [entry for log in logs for entry in log["log"]["entries"]]
    dest.write_text(json.dumps(merged), encoding="utf-8")


def _ndjson(parts: list[Path], dest: Path) -> None:
    with dest.open("wb") as out:
        for part in parts:
            with part.open("rb") as source:
                shutil.copyfileobj(source, out)


def merge(shard_dirs: list[Path], dest: Path) -> None:
    """Write one report set in `dest` from the shards' report folders (missing files are skipped)."""
    dest.mkdir(parents=True, exist_ok=True)
    for kind, name in REPORTS.items():
        parts = [d / name for d in shard_dirs if (d / name).is_file()]
        if not parts:
            continue
        if len(parts) == 1:
            shutil.copyfile(parts[0], dest / name)
            continue
        {"junit": _junit, "har": _har, "ndjson": _ndjson}[kind](parts, dest / name)
