"""What an API's vendor module (`fake/apis/<api>.py`) works with: its `Fake`, the validated `Call`,
a `Reply`, and `Problem` for a documented error.

The engine serves every operation it can from the spec alone. A vendor module adds only what the
vendor does beyond the spec: a `before` hook (refuse a request the schema allows), an `after` hook
(shape the item before it is stored), or a `handler` replacing the generic behaviour outright.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..openapi.model import Operation
from .requests import Upload
from .store import Store

__all__ = ["Call", "Fake", "Problem", "Reply"]


@dataclass
class Call:
    """A validated request, as hooks and handlers see it."""

    operation: Operation
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    files: dict[str, list[Upload]]
    store: Store
    settings: dict[str, Any]
    now: Callable[[], str]
    item: dict[str, Any] | None = None  # the resource the path names, once found
    parent: str = ""  # the path of the item a nested resource belongs to

    @property
    def operation_id(self) -> str:
        return self.operation.id


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


class Problem(Exception):
    """A refusal, from the engine or a hook; rendered with the API's error shape (and `headers`,
    such as a 405's `Allow`)."""

    def __init__(
        self,
        status: int,
        message: str,
        fields: dict[str, list[str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.fields = fields or {}
        self.headers = headers or {}


Handler = Callable[[Call], Reply]
Before = Callable[[Call], None]
After = Callable[[Call, dict[str, Any]], None]
ErrorBody = Callable[[int, str, dict[str, list[str]]], Any]
Seeder = Callable[[Store, dict[str, Any]], None]
Alias = Callable[[Store, Any, str], "dict[str, Any] | None"]


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Fake:
    """One API's vendor semantics: its error body, seed data, clock, first ids and hooks.

    `examples` names list operations whose response example seeds what they list, so the page's
    sample ids work; `seeds` is a YAML file of what the examples lack (kind -> items, a nested
    collection named by its concrete path, `/api/managed_users/19029/members`); `seed` is
    code for what data alone cannot say.
    """

    error_body: ErrorBody
    seed: Seeder = lambda store, settings: None
    now: Callable[[], str] = utc_now
    first_ids: dict[str, int] = field(default_factory=dict)  # kind -> first id handed out
    examples: tuple[str, ...] = ()  # list operations whose documented example seeds their collection
    seeds: Path | None = None  # YAML: kind (or a nested collection's path) -> items, stored as they are
    handlers: dict[str, Handler] = field(default_factory=dict)
    befores: dict[str, list[Before]] = field(default_factory=dict)
    afters: dict[str, list[After]] = field(default_factory=dict)
    aliases: dict[str, Alias] = field(default_factory=dict)

    def handler(self, *operation_ids: str) -> Callable[[Handler], Handler]:
        """Serve these operations with `function` instead of the generic behaviour."""

        def register(function: Handler) -> Handler:
            for operation_id in operation_ids:
                self.handlers[operation_id] = function
            return function

        return register

    def before(self, *operation_ids: str) -> Callable[[Before], Before]:
        """Run `function(call)` once the path's resource is found, before anything changes."""

        def register(function: Before) -> Before:
            for operation_id in operation_ids:
                self.befores.setdefault(operation_id, []).append(function)
            return function

        return register

    def after(self, *operation_ids: str) -> Callable[[After], After]:
        """Run `function(call, item)` on the item the generic behaviour made, before it is stored."""

        def register(function: After) -> After:
            for operation_id in operation_ids:
                self.afters.setdefault(operation_id, []).append(function)
            return function

        return register

    def alias(self, kind: str) -> Callable[[Alias], Alias]:
        """Resolve a path value that is not an item's key (an external id) with `function(store,
        value, parent)`, which answers the item or None."""

        def register(function: Alias) -> Alias:
            self.aliases[kind] = function
            return function

        return register

    def hooked(self) -> set[str]:
        return set(self.handlers) | set(self.befores) | set(self.afters)
