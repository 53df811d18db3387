"""SQLite document store shared by every fake.

One table of JSON documents keyed by (kind, key), ordered by insertion, plus named counters.
In memory by default; a file path makes state survive a restart.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (kind, key)
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


class Store:
    def __init__(self, path: str = ":memory:") -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._db.executescript(_SCHEMA)

    def is_empty(self) -> bool:
        return self._db.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None

    def next_id(self, name: str, start: int = 1) -> int:
        with self._lock:
            row = self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value",
                (name, start),
            ).fetchone()
        return int(row[0])

    def insert(self, kind: str, key: str | int, doc: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO documents (kind, key, body) VALUES (?, ?, ?)", (kind, str(key), json.dumps(doc))
            )

    def put(self, kind: str, key: str | int, doc: dict[str, Any]) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE documents SET body = ? WHERE kind = ? AND key = ?", (json.dumps(doc), kind, str(key))
            )

    def get(self, kind: str, key: str | int) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT body FROM documents WHERE kind = ? AND key = ?", (kind, str(key))
        ).fetchone()
        return json.loads(row[0]) if row else None

    def all(self, kind: str, newest_first: bool = False) -> Iterator[dict[str, Any]]:
        order = "DESC" if newest_first else "ASC"
        rows = self._db.execute(f"SELECT body FROM documents WHERE kind = ? ORDER BY seq {order}", (kind,))
        return (json.loads(body) for (body,) in rows.fetchall())

    def close(self) -> None:
        self._db.close()
