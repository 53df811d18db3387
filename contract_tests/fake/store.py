"""The SQLite store behind every fake: JSON documents by (kind, parent, key), and counters.

A kind is a collection's path template (`/v2/orders`); `parent` is the path of the item a nested
collection belongs to (`/api/managed_users/19029`), so removing a parent removes what lives under it.
Lists filter, order and page in SQL on indexed JSON fields, so a page costs the same for 100 items as
for 10,000. Every request's work runs in one transaction: an id is allocated and its item stored
together or not at all. In memory by default; a file path makes state survive a restart.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

__all__ = ["Condition", "Store"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    parent TEXT NOT NULL DEFAULT '',
    key TEXT NOT NULL,
    body TEXT NOT NULL,
    UNIQUE (kind, parent, key)
);
CREATE INDEX IF NOT EXISTS items_by_kind ON items (kind, parent, seq);
CREATE INDEX IF NOT EXISTS items_by_key ON items (kind, key);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


def _path(name: str) -> str:
    """The SQL literal of the JSON path to a top-level field (quoted, so any property name works)."""
    return "'$.\"" + name.replace("'", "''").replace('"', '\\"') + "\"'"


def _field(name: str) -> str:
    """The SQL expression reading a top-level JSON field."""
    return f"json_extract(body, {_path(name)})"


_LARGEST = 2**63 - 1


def _huge(value: Any) -> bool:
    """SQLite integers are 64-bit: a larger one (valid JSON) is read back by `json_extract` as a
    float, so it is compared as the JSON text it was stored as (`->`) instead."""
    return isinstance(value, int) and not isinstance(value, bool) and not -_LARGEST <= value <= _LARGEST


@dataclass(frozen=True)
class Condition:
    """Keep items whose `field` equals `value` (or starts with it, `prefix=True`)."""

    field: str
    value: Any
    prefix: bool = False

    def sql(self) -> tuple[str, list[Any]]:
        if self.prefix:
            text = str(self.value)
            return f"substr({_field(self.field)}, 1, ?) = ?", [len(text), text]
        if isinstance(self.value, bool):
            return f"{_field(self.field)} = ?", [int(self.value)]
        if _huge(self.value):
            return f"(body -> {_path(self.field)}) = ?", [str(self.value)]
        return f"{_field(self.field)} = ?", [self.value]


class Store:
    def __init__(self, path: str = ":memory:") -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        self._depth = 0
        if path != ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)
        self._indexed: set[str] = set()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing, and one request at a time (nested calls join the outer transaction)."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._db.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")
            finally:
                self._depth = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        """One request at a time, without a transaction: for work that only reads."""
        with self._lock:
            yield

    def index(self, field: str) -> None:
        """Index a JSON field that lists filter or order by."""
        if field not in self._indexed:
            name = "items_" + "".join(c if c.isalnum() else "_" for c in field) + f"_{len(self._indexed)}"
            self._db.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON items (kind, parent, {_field(field)}, seq)"
            )
            self._indexed.add(field)

    def is_empty(self) -> bool:
        return self._db.execute("SELECT 1 FROM items LIMIT 1").fetchone() is None

    def next_id(self, name: str, start: int = 1) -> int:
        """The next number of counter `name`; a new counter starts above `start` and any numeric key
        already stored under the kind of the same name (seeded items keep their ids)."""
        with self.transaction():
            row = self._db.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()
            if row is None:
                (highest,) = self._db.execute(
                    "SELECT max(CAST(key AS INTEGER)) FROM items WHERE kind = ? AND key GLOB '[0-9]*'",
                    (name,),
                ).fetchone()
                value = max(start, (highest or 0) + 1)
            else:
                value = row[0] + 1
            self._db.execute(
                "INSERT INTO counters (name, value) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value",
                (name, value),
            )
        return int(value)

    def insert(self, kind: str, key: Any, doc: dict[str, Any], parent: str = "") -> None:
        with self.transaction():
            self._db.execute(
                "INSERT INTO items (kind, parent, key, body) VALUES (?, ?, ?, ?)",
                (kind, parent, str(key), json.dumps(doc)),
            )

    def put(self, kind: str, key: Any, doc: dict[str, Any], parent: str = "") -> None:
        with self.transaction():
            self._db.execute(
                "UPDATE items SET body = ? WHERE kind = ? AND parent = ? AND key = ?",
                (json.dumps(doc), kind, parent, str(key)),
            )

    def get(self, kind: str, key: Any, parent: str | None = "") -> dict[str, Any] | None:
        """The item `key` of `kind` under `parent` (None: under any parent)."""
        if parent is None:
            row = self._db.execute(
                "SELECT body FROM items WHERE kind = ? AND key = ? ORDER BY seq LIMIT 1", (kind, str(key))
            ).fetchone()
        else:
            row = self._db.execute(
                "SELECT body FROM items WHERE kind = ? AND parent = ? AND key = ?", (kind, parent, str(key))
            ).fetchone()
        return json.loads(row[0]) if row else None

    def delete(self, kind: str, key: Any, parent: str = "", path: str | None = None) -> None:
        """Remove an item and, given its `path`, everything nested under it."""
        with self.transaction():
            self._db.execute(
                "DELETE FROM items WHERE kind = ? AND parent = ? AND key = ?", (kind, parent, str(key))
            )
            if path:
                self._db.execute(
                    "DELETE FROM items WHERE parent = ? OR substr(parent, 1, ?) = ?",
                    (path, len(path) + 1, path + "/"),
                )

    def _where(self, kind: str, parent: str | None, conditions: Sequence[Condition]) -> tuple[str, list[Any]]:
        clauses, args = ["kind = ?"], [kind]
        if parent is not None:
            clauses.append("parent = ?")
            args.append(parent)
        for condition in conditions:
            clause, values = condition.sql()
            clauses.append(clause)
            args += values
        return " AND ".join(clauses), args

    def select(
        self,
        kind: str,
        parent: str | None = "",
        conditions: Sequence[Condition] = (),
        order: str | None = None,
        descending: bool = False,
        limit: int = -1,
        offset: int = 0,
        after: Any = None,
        before: Any = None,
    ) -> list[dict[str, Any]]:
        """Items in list order (by `order`, then by creation); `after`/`before` a cursor item's key
        start the page just past it, or end it just before it (the page nearest the cursor)."""
        where, args = self._where(kind, parent, conditions)
        column = _field(order) if order else ""
        cursor = after if after is not None else before
        if cursor is not None:
            forward = after is not None
            sign = "<" if forward == descending else ">"
            compared = f"({column}, seq)" if order else "seq"
            where += f" AND {compared} {sign} (SELECT {compared[1:-1] if order else 'seq'} FROM items"
            where += " WHERE kind = ? AND key = ?"
            where += " AND parent = ?)" if parent is not None else ")"
            args += [kind, str(cursor)] + ([parent] if parent is not None else [])
        backwards = before is not None and after is None
        direction = "DESC" if descending != backwards else "ASC"
        by = f"{column} {direction}, seq {direction}" if order else f"seq {direction}"
        sql = f"SELECT body FROM items WHERE {where} ORDER BY {by} LIMIT ? OFFSET ?"
        bounds = [min(limit, _LARGEST), min(offset, _LARGEST)]
        rows = [json.loads(body) for (body,) in self._db.execute(sql, [*args, *bounds]).fetchall()]
        return rows[::-1] if backwards else rows

    def count(self, kind: str, parent: str | None = "", conditions: Sequence[Condition] = ()) -> int:
        where, args = self._where(kind, parent, conditions)
        return int(self._db.execute(f"SELECT count(*) FROM items WHERE {where}", args).fetchone()[0])

    def all(self, kind: str, parent: str | None = "") -> list[dict[str, Any]]:
        return self.select(kind, parent)

    def close(self) -> None:
        self._db.close()
