"""Live progress of a suite run, per API: operations done, test cases, failures.

On a terminal one line is redrawn twice a second; elsewhere (CI logs) a line is printed each time a
shard finishes, so a log shows steady progress instead of a silent minute.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .options import UNIT_PHASES
from .results import FuzzResult
from .shards import Shard


@dataclass
class _ApiProgress:
    operations: int
    shards: int
    done_ops: set[str] = field(default_factory=set)
    cases: int = 0
    failures: int = 0
    shards_done: int = 0


class LiveProgress:
    def __init__(
        self, shards: list[Shard], operations: dict[str, int], write: Callable[[str], None], tty: bool
    ) -> None:
        self.write = write
        self.tty = tty
        self.lock = threading.Lock()
        self.apis = {
            name: _ApiProgress(count, sum(s.api.name == name for s in shards))
            for name, count in operations.items()
        }
        self.last_unit = {s: next((p for p in reversed(s.phases) if p in UNIT_PHASES), None) for s in shards}
        self.total_shards = len(shards)
        self.finished = 0
        self.stop = threading.Event()
        self.thread: threading.Thread | None = None

    def line(self) -> str:
        parts = []
        for name, p in self.apis.items():
            ops = min(len(p.done_ops), p.operations)
            state = "done" if p.shards_done == p.shards else f"{ops}/{p.operations} ops"
            parts.append(f"{name} {state}, {p.cases} cases, {p.failures} failures")
        return " | ".join(parts)

    def on_record(self, shard: Shard, record: dict[str, Any]) -> None:
        if record.get("type") != "scenario":
            return
        with self.lock:
            p = self.apis[shard.api.name]
            p.cases += record["cases"]
            p.failures += len(record["failures"])
            if record.get("label") and record.get("phase") == self.last_unit[shard]:
                p.done_ops.add(record["label"])

    def on_done(self, shard: Shard, result: FuzzResult) -> None:
        with self.lock:
            self.apis[shard.api.name].shards_done += 1
            self.finished += 1
            if not self.tty:
                self.write(
                    f"[{self.finished}/{self.total_shards}] {shard.name}: {result.test_cases} cases,"
                    f" {result.failures} failures in {result.seconds:.1f} s  ({self.line()})"
                )

    def _redraw(self) -> None:
        while not self.stop.wait(0.5):
            with self.lock:
                self.write("\r\x1b[2K" + self.line()[:200])

    def __enter__(self) -> LiveProgress:
        self.started = time.perf_counter()
        if self.tty:
            self.thread = threading.Thread(target=self._redraw, daemon=True)
            self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        if self.thread is not None:
            self.thread.join()
            self.write("\r\x1b[2K")
