"""What changed between two versions of a spec, per operation, and whom each change breaks.

A change is judged twice, because a client and a server stand on opposite sides of every message:

- it **breaks clients** when a client written against the old spec may now fail: a request it sends is
  no longer valid (an operation, parameter or field gone, a value refused, something newly required),
  or a response it reads may now hold what it was not told about (a value, a type, a success status);
- it **breaks servers** when a server written against the old spec may now fail the contract: a request
  it may refuse is now valid (a wider type, a new enum value, something no longer required), or a
  response it sends is no longer valid (a field it leaves out is now required, a status it returns is
  gone);
- it is an **addition** when it adds something a caller can use (an operation, parameter, field, enum
  value or status): compatible for a client, it asks for a minor version.

One liberty: a new enum value in a response is an addition, not a break, because a client should read
a value it does not know as a value (a tolerant reader; the generated clients do). A new type in a
response still breaks clients: no reader can parse what it was not built for.

Schemas are compared through `$ref` and `allOf`; `oneOf`/`anyOf` branches pair up by position. Only
what a message can carry is compared: wording, examples and extensions are "documentation" changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from .model import deref, object_schema, operation_nodes

__all__ = ["Change", "spec_changes"]

Side = Literal["request", "response"]
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_DEPTH = 12  # deeper than any schema the specs write; stops a recursive schema


@dataclass(frozen=True, order=True)
class Change:
    """One change to one operation (`operation` is its operationId, or METHOD path without one)."""

    operation: str
    what: str
    breaks_clients: bool = False
    breaks_servers: bool = False
    addition: bool = False

    @property
    def line(self) -> str:
        verdicts = [
            "breaks clients" if self.breaks_clients else "",
            "breaks servers" if self.breaks_servers else "",
            "addition" if self.addition and not self.breaks_clients else "",
        ]
        return f"{self.operation}: {self.what} [{', '.join(v for v in verdicts if v) or 'compatible'}]"


def spec_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every change from `old` to `new` (both bundled: no external `$ref`), client-breaking ones first."""
    before, after = _operations(old), _operations(new)
    changes: list[Change] = []
    for key in sorted(before.keys() - after.keys()):
        changes.append(Change(key, "operation removed", breaks_clients=True))
    for key in sorted(after.keys() - before.keys()):
        changes.append(Change(key, "operation added", breaks_servers=True, addition=True))
    for key in sorted(before.keys() & after.keys()):
        changes += _Operation(old, new, key).changes(before[key], after[key])
    if not changes and old != new:
        changes.append(Change("(spec)", "documentation changed"))
    return sorted(changes, key=lambda c: (not c.breaks_clients, not c.breaks_servers, c.operation, c.what))


def _operations(spec: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """Operations by operationId (a renamed path keeps its operation), else by `METHOD path`."""
    found = {}
    for path, method, node in operation_nodes(spec):
        parameters = [*(spec["paths"][path].get("parameters") or []), *(node.get("parameters") or [])]
        found[node.get("operationId") or f"{method.upper()} {path}"] = (
            path,
            method,
            {**node, "parameters": parameters},
        )
    return found


class _Operation:
    """The comparison of one operation in the two specs; `changes` is all of it."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any], name: str) -> None:
        self.old, self.new, self.name = old, new, name
        self.found: list[Change] = []

    def note(self, what: str, **verdict: bool) -> None:
        self.found.append(Change(self.name, what, **verdict))

    def changes(
        self, before: tuple[str, str, dict[str, Any]], after: tuple[str, str, dict[str, Any]]
    ) -> list[Change]:
        (old_path, old_method, old_op), (new_path, new_method, new_op) = before, after
        if (old_path, old_method) != (new_path, new_method):
            moved = f"moved from {old_method.upper()} {old_path} to {new_method.upper()} {new_path}"
            self.note(moved, breaks_clients=True, breaks_servers=True)
        self._parameters(old_op, new_op)
        self._request_body(
            deref(self.old, old_op.get("requestBody")), deref(self.new, new_op.get("requestBody"))
        )
        self._responses(old_op.get("responses") or {}, new_op.get("responses") or {})
        if old_op.get("security") != new_op.get("security"):
            self.note("security requirements changed", breaks_clients=True, breaks_servers=True)
        if not self.found and old_op != new_op:
            self.note("documentation changed")
        return self.found

    def _parameters(self, old_op: dict[str, Any], new_op: dict[str, Any]) -> None:
        before, after = _parameters(self.old, old_op), _parameters(self.new, new_op)
        for key in sorted(before.keys() - after.keys()):
            self.note(f"{_where(key)} removed", breaks_clients=True)
        for key in sorted(after.keys() - before.keys()):
            required = bool(after[key].get("required"))
            self.note(
                f"{'required' if required else 'optional'} {_where(key)} added",
                breaks_clients=required,
                addition=True,
            )
        for key in sorted(before.keys() & after.keys()):
            was, now = bool(before[key].get("required")), bool(after[key].get("required"))
            if now and not was:
                self.note(f"{_where(key)} now required", breaks_clients=True)
            if was and not now:
                self.note(f"{_where(key)} no longer required", breaks_servers=True)
            self._schema(before[key].get("schema"), after[key].get("schema"), "request", _where(key), 0)

    def _request_body(self, before: Any, after: Any) -> None:
        if not before and not after:
            return
        if not after:
            self.note("request body removed", breaks_clients=True)
            return
        was, now = bool((before or {}).get("required")), bool(after.get("required"))
        if not before:
            self.note(
                f"{'required' if now else 'optional'} request body added", breaks_clients=now, addition=True
            )
            return
        if now and not was:
            self.note("request body now required", breaks_clients=True)
        if was and not now:
            self.note("request body no longer required", breaks_servers=True)
        self._content(before.get("content") or {}, after.get("content") or {}, "request", "request body")

    def _responses(self, before: dict[str, Any], after: dict[str, Any]) -> None:
        for status in sorted(set(before) - set(after)):
            self.note(f"response {status} removed", breaks_servers=True)
        for status in sorted(set(after) - set(before)):
            success = str(status)[:1] in "23"  # a client has no model for a new success; errors it raises
            self.note(f"response {status} added", breaks_clients=success, addition=True)
        for status in sorted(set(before) & set(after)):
            old, new = deref(self.old, before[status]), deref(self.new, after[status])
            self._content(
                old.get("content") or {}, new.get("content") or {}, "response", f"response {status}"
            )

    def _content(self, before: dict[str, Any], after: dict[str, Any], side: Side, where: str) -> None:
        for media in sorted(set(before) - set(after)):
            self.note(f"{where}: {media} removed", **_narrowed(side))
        for media in sorted(set(after) - set(before)):
            self.note(f"{where}: {media} added", **_widened(side), addition=side == "request")
        for media in sorted(set(before) & set(after)):
            label = where if len(after) == 1 else f"{where} ({media})"
            self._schema(
                (before[media] or {}).get("schema"), (after[media] or {}).get("schema"), side, label, 0
            )

    def _schema(self, old: Any, new: Any, side: Side, where: str, depth: int) -> None:
        # Equal text is not equal meaning: the same `$ref` may point at a changed component.
        old, new = deref(self.old, old or {}), deref(self.new, new or {})
        if depth > _DEPTH or not isinstance(old, dict) or not isinstance(new, dict):
            return
        before, after = _types(self.old, old), _types(self.new, new)
        if before != after:
            if after >= before:
                self.note(f"{where}: type widened from {_names(before)} to {_names(after)}", **_widened(side))
            elif after <= before:
                self.note(
                    f"{where}: type narrowed from {_names(before)} to {_names(after)}", **_narrowed(side)
                )
            else:
                self.note(
                    f"{where}: type changed from {_names(before)} to {_names(after)}",
                    breaks_clients=True,
                    breaks_servers=True,
                )
                return
        self._enum(old, new, side, where)
        self._bounds(old, new, side, where)
        if "object" in before & after:
            self._properties(old, new, side, where, depth)
        if "array" in before & after:
            self._schema(old.get("items"), new.get("items"), side, f"{where}[]", depth + 1)
        for keyword in ("oneOf", "anyOf"):
            self._branches(old.get(keyword) or [], new.get(keyword) or [], side, f"{where}({keyword}", depth)

    def _enum(self, old: dict[str, Any], new: dict[str, Any], side: Side, where: str) -> None:
        before, after = _values(old), _values(new)
        if before == after:
            return
        if before is None:
            self.note(f"{where}: values limited to {_list(after or [])}", **_narrowed(side))
        elif after is None:
            self.note(f"{where}: any value allowed (was {_list(before)})", **_widened(side))
        else:
            if gone := [v for v in before if v not in after]:
                self.note(f"{where}: enum value {_list(gone)} removed", **_narrowed(side))
            if added := [v for v in after if v not in before]:
                # In a response, a tolerant reader keeps a value it does not know (the clients here do).
                verdict = _widened(side) if side == "request" else {}
                self.note(f"{where}: enum value {_list(added)} added", **verdict, addition=True)

    def _bounds(self, old: dict[str, Any], new: dict[str, Any], side: Side, where: str) -> None:
        for keyword in (*_LOWER, *_UPPER):
            was, now = old.get(keyword), new.get(keyword)
            if was == now or isinstance(was, bool) or isinstance(now, bool):
                continue
            tighter = was is None or (now is not None and (now > was if keyword in _LOWER else now < was))
            change = f"{keyword} {'added' if was is None else 'removed' if now is None else 'changed'}"
            detail = f"{where}: {change} ({was} -> {now})"
            self.note(detail, **(_narrowed(side) if tighter else _widened(side)))
        for keyword in ("pattern", "format", "multipleOf"):
            was, now = old.get(keyword), new.get(keyword)
            if was == now:
                continue
            if was is None:
                self.note(f"{where}: {keyword} {now!r} added", **_narrowed(side))
            elif now is None:
                self.note(f"{where}: {keyword} {was!r} removed", **_widened(side))
            else:
                self.note(
                    f"{where}: {keyword} changed from {was!r} to {now!r}",
                    breaks_clients=True,
                    breaks_servers=True,
                )

    def _properties(
        self, old: dict[str, Any], new: dict[str, Any], side: Side, where: str, depth: int
    ) -> None:
        (before, was), (after, now) = object_schema(self.old, old), object_schema(self.new, new)
        for name in sorted(before.keys() - after.keys()):
            # A client sent it or read it; a server never has to deal with it again.
            self.note(f"{where}: field `{name}` removed", breaks_clients=True)
        for name in sorted(after.keys() - before.keys()):
            required = name in now
            kind = "required" if required else "optional"
            verdict = {"breaks_clients": required} if side == "request" else {"breaks_servers": required}
            self.note(f"{where}: {kind} field `{name}` added", **verdict, addition=True)
        for name in sorted(before.keys() & after.keys()):
            if (name in now) != (name in was):
                verdict = _narrowed(side) if name in now else _widened(side)
                self.note(
                    f"{where}: field `{name}` {'now' if name in now else 'no longer'} required", **verdict
                )
            self._schema(before[name], after[name], side, f"{where}.{name}", depth + 1)

    def _branches(self, old: list[Any], new: list[Any], side: Side, where: str, depth: int) -> None:
        """`oneOf`/`anyOf` alternatives, paired by position; `where` ends in `(oneOf` or `(anyOf`."""
        if len(new) > len(old) and old:
            self.note(
                f"{where}): {len(new) - len(old)} alternative(s) added", **_widened(side), addition=True
            )
        elif len(new) < len(old) and new:
            self.note(f"{where}): {len(old) - len(new)} alternative(s) removed", **_narrowed(side))
        for index, (was, now) in enumerate(zip(old, new, strict=False)):
            self._schema(was, now, side, f"{where} {index + 1})", depth + 1)


def _narrowed(side: Side) -> dict[str, bool]:
    """Fewer messages valid: a client's old request may be refused; a server's old response may be wrong."""
    return {"breaks_clients": True} if side == "request" else {"breaks_servers": True}


def _widened(side: Side) -> dict[str, bool]:
    """More messages valid: a server must accept more; a client may read what it was not told about."""
    return {"breaks_servers": True} if side == "request" else {"breaks_clients": True}


def _parameters(spec: dict[str, Any], op: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for node in op.get("parameters") or []:
        parameter = deref(spec, node)
        if isinstance(parameter, dict) and "name" in parameter:
            found[(str(parameter.get("in")), str(parameter["name"]))] = parameter
    return found


def _where(key: tuple[str, str]) -> str:
    return f"{key[0]} parameter `{key[1]}`"


def _types(spec: dict[str, Any], schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema admits (`integer` within `number`; none written: what its keywords say)."""
    written = schema.get("type")
    if written is None and schema.get("allOf"):
        for part in schema["allOf"]:
            if (found := _types(spec, deref(spec, part))) != {"any"}:
                return found
    if written is None:
        if "properties" in schema or "additionalProperties" in schema:
            return frozenset({"object"})
        if "items" in schema:
            return frozenset({"array"})
        return frozenset({"any"})
    types = {written} if isinstance(written, str) else set(written)
    if "number" in types:
        types.add("integer")
    return frozenset(types)


def _names(types: frozenset[str]) -> str:
    shown = sorted(types - {"integer"} if "number" in types else types)
    return " or ".join(shown)


def _values(schema: dict[str, Any]) -> list[Any] | None:
    if "const" in schema:
        return [schema["const"]]
    enum = schema.get("enum")
    return list(enum) if isinstance(enum, list) else None


def _list(values: list[Any]) -> str:
    return ", ".join(f"`{value}`" for value in values)
