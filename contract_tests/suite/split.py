"""A run split across CI machines (`--shard I/N`) and the machines' report folders merged back into one.

Every machine computes the same cut: the suite's own shards for N processes (`shards.plan`), dealt
into N groups of about equal weight (`shards.deal`); machine I runs group I, cut further for its own
cores. An API's stateful phase is one shard, so its links stay on one machine. With `--report-dir`
each API's folder gets `parts.json`: this machine's shards and their results, with the split and the
budget, which is what `contract-tests merge` needs to give one result, one report set and one exit code.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..openapi.loader import Api
from .options import FuzzOptions
from .results import FuzzResult
from .shards import Shard, cut, deal, operation_ids, plan

__all__ = ["PARTS", "Merged", "Part", "SplitError", "machine_shards", "read_parts", "write_parts"]

PARTS = "parts.json"
_FORMAT = 1


class SplitError(Exception):
    """The report folders do not make one whole run (a shard missing, twice, or from another run)."""


@dataclass(frozen=True)
class Part:
    """Machine `index` (from 1) of `count`."""

    index: int = 1
    count: int = 1

    @classmethod
    def parse(cls, text: str) -> Part:
        index, slash, count = text.partition("/")
        if not slash or not index.isdigit() or not count.isdigit() or not 1 <= int(index) <= int(count):
            raise ValueError(f"{text!r} is not I/N with 1 <= I <= N (e.g. 2/3)")
        return cls(int(index), int(count))

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"


def machine_shards(apis: list[Api], phases: tuple[str, ...], part: Part, processes: int) -> list[Shard]:
    """This machine's shards: its group of the N-machine cut, cut further for `processes` here."""
    group = deal(plan(apis, phases, part.count), part.count)[part.index - 1]
    return cut(group, processes) if group else []


def _run_key(part: Part, options: FuzzOptions) -> dict[str, Any]:
    """What must agree across machines for their parts to make one run."""
    return {
        "count": part.count,
        "seed": options.seed,
        "max_examples": options.max_examples,
        "phases": list(options.phases),
    }


def write_parts(
    folder: Path, part: Part, options: FuzzOptions, done: list[tuple[Shard, FuzzResult]], wall: float
) -> None:
    """`folder/parts.json`: this machine's shards of one API and their results."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "format": _FORMAT,
        "api": done[0][0].api.name,
        "index": part.index,
        "run": _run_key(part, options),
        "wall": wall,
        "shards": [
            {
                "phases": list(s.phases),
                "operation_ids": list(s.operation_ids),
                "part": s.part,
                "result": r.as_json(),
            }
            for s, r in done
        ],
    }
    (folder / PARTS).write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")


@dataclass
class Merged:
    """One API's shards from every machine, with each machine's report folder and longest wall time."""

    api: Api
    done: list[tuple[Shard, FuzzResult]]
    folders: list[Path]
    wall: float


def read_parts(dirs: list[Path], apis: dict[str, Api]) -> list[Merged]:
    """Every API's parts under `dirs` (a folder holding parts.json, or its API subfolders), checked to
    make one whole run: the same split and budget, each machine once, none missing."""
    found: dict[str, list[tuple[Path, dict[str, Any]]]] = defaultdict(list)
    for folder in dirs:
        if not folder.is_dir():
            raise SplitError(f"{folder} is not a folder")
        files = [folder / PARTS] if (folder / PARTS).is_file() else sorted(folder.glob(f"*/{PARTS}"))
        if not files:
            raise SplitError(f"{folder} holds no {PARTS} (run with --report-dir, and --shard I/N)")
        for path in files:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("format") != _FORMAT:
                    raise SplitError(f"{path} was written by another version of contract-tests")
                found[str(data["api"])].append((path.parent, data))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise SplitError(f"{path} cannot be read: {exc}") from exc
    return [_whole(name, parts, apis) for name, parts in found.items()]


def _whole(name: str, parts: list[tuple[Path, dict[str, Any]]], apis: dict[str, Api]) -> Merged:
    if name not in apis:
        raise SplitError(f"the reports are of an API this installation has no spec for: {name}")
    runs = {json.dumps(data["run"], sort_keys=True) for _, data in parts}
    if len(runs) > 1:
        raise SplitError(
            f"{name}: the folders come from different runs (split, seed, budget or phases differ)"
        )
    run = parts[0][1]["run"]
    seen = ", ".join(f"{i}/{run['count']}" for i in sorted(int(data["index"]) for _, data in parts))
    api = apis[name]
    try:
        done = [
            (
                Shard(api, tuple(s["phases"]), tuple(s["operation_ids"]), int(s["part"])),
                FuzzResult.from_json(s["result"]),
            )
            for _, data in parts
            for s in data["shards"]
        ]
    except (KeyError, TypeError, ValueError) as exc:
        raise SplitError(f"{name}: a {PARTS} is not one of ours ({exc})") from exc
    # Whole means each phase of each operation ran exactly once, whichever machine ran it.
    every = operation_ids(api)
    ran = Counter(
        (phase, op) for shard, _ in done for phase in shard.phases for op in (shard.operation_ids or every)
    )
    if twice := sorted(key for key, times in ran.items() if times > 1):
        raise SplitError(f"{name}: {len(twice)} phase(s) of operations ran twice (shards seen: {seen})")
    wanted = {(phase, op) for phase in run["phases"] for op in every}
    if missing := wanted - set(ran):
        raise SplitError(
            f"{name}: a shard is missing: {len(missing)} of {len(wanted)} operation phases did not run"
            f" (shards seen: {seen} of {run['count']})"
        )
    return Merged(api, done, [folder for folder, _ in parts], max(float(data["wall"]) for _, data in parts))
