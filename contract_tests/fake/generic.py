"""The generic behaviour of a resource, read from the spec: list, read, create, update, delete and
toggle, nested under parents by path.

An operation's role follows from its method and path shape: `GET /things` lists, `POST /things`
creates, `GET|PUT|PATCH|DELETE /things/{id}` reads, updates and deletes, and `/things/{id}/verb`
with `x-toggle` sets one field. `/parents/{parent_id}/children` belongs to its parent. Paging,
filters and order come from `x-pagination`, `x-filter` and `x-order`; soft deletes from
`x-soft-delete`; the item key from the list's `x-resource-key` (else `id`). Replies are the item
projected onto the documented response schema. `plan` answers None for an operation that is none
of these, which then needs a handler in the API's vendor module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

import yaml

from ..openapi.model import ApiModel, Operation, object_schema, path_pattern
from ..openapi.relations import fill_path, items_path, list_item_schema, page_items
from .hooks import Call, Fake, Problem, Reply
from .store import Condition, Store

__all__ = ["Plan", "Resources", "plan"]

Role = Literal["list", "read", "create", "update", "delete", "action"]


@dataclass(frozen=True)
class Level:
    """One collection on the way down a path: its kind, the path parameter naming an item of it,
    and the item field that parameter matches."""

    kind: str
    param: str
    key: str


@dataclass(frozen=True)
class Shape:
    """A response schema prepared for projecting items onto it."""

    properties: tuple[str, ...] = ()
    fill: dict[str, Any] = field(default_factory=dict)  # required properties an item may lack
    passthrough: bool = True  # not an object with properties: the value is sent as it is
    wrap: tuple[str, Shape] | None = None  # an envelope around the item: `{"result": item}`

    def project(self, item: dict[str, Any]) -> Any:
        if self.wrap is not None:
            return {self.wrap[0]: self.wrap[1].project(item)}
        if self.passthrough:
            return item
        out = {name: item[name] for name in self.properties if name in item}
        for name, value in self.fill.items():
            out.setdefault(name, value)
        return out


@dataclass(frozen=True)
class Plan:
    role: Role
    kind: str
    key: str
    parents: tuple[Level, ...]
    target: Level | None
    status: int
    reply: Shape | None  # None: no JSON body
    item: Shape = Shape()  # list items (lists), or the stored item's own properties
    items_at: tuple[str, ...] = ()
    envelope: dict[str, str] = field(default_factory=dict)  # envelope property -> page|size|count
    writable: frozenset[str] = frozenset()
    assigned: tuple[tuple[str, dict[str, Any], bool], ...] = ()  # (name, schema, required)
    key_is_integer: bool = True
    touched: tuple[str, ...] = ()  # server-assigned date-time fields refreshed on every change


def _fixed(prop: dict[str, Any]) -> tuple[bool, Any]:
    for key in ("const", "default"):
        if key in prop:
            return True, prop[key]
    if isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1:
        return True, prop["enum"][0]
    return False, None


def _shape(
    spec: dict[str, Any], schema: Any, example: Any = None, item: frozenset[str] = frozenset()
) -> Shape:
    """How to project an item onto `schema`; an object whose one required property the item lacks
    and whose value is an object (`{"result": {...}}`) is an envelope around the item."""
    properties, required = object_schema(spec, schema)
    if not properties:
        return Shape()
    if len(properties) == 1 and set(required) == set(properties) and item and not item & set(required):
        ((name, inner),) = properties.items()
        if object_schema(spec, inner)[0]:
            inside = example.get(name) if isinstance(example, dict) else None
            return Shape(wrap=(name, _shape(spec, inner, inside)), passthrough=False)
    fill = {}
    for name in required:
        known, value = _fixed(properties[name])
        if known:
            fill[name] = value
        elif isinstance(example, dict) and name in example:
            fill[name] = example[name]
    return Shape(tuple(properties), fill, passthrough=False)


def _types(prop: dict[str, Any]) -> set[str]:
    kind = prop.get("type")
    return {kind} if isinstance(kind, str) else set(kind or ())


class _Kinds:
    """What the spec says about each collection: its key field and its item schema."""

    def __init__(self, spec: dict[str, Any], model: ApiModel) -> None:
        self.spec, self.model = spec, model

    def key(self, kind: str) -> str:
        listed = self.model.at(kind, "get")
        return (listed.resource_key if listed else None) or "id"

    def item_schema(self, kind: str) -> Any:
        """The schema of one item: from the list, else the read, else the create (out of an envelope)."""
        found = self._item_schema(kind)
        properties, _ = object_schema(self.spec, found)
        if len(properties) == 1:
            (inner,) = properties.values()
            if object_schema(self.spec, inner)[0]:
                return inner  # `{"result": {...}}`
        return found

    def _item_schema(self, kind: str) -> Any:
        listed = self.model.at(kind, "get")
        if listed is not None and list_item_schema(self.spec, listed):
            return list_item_schema(self.spec, listed)
        for op in self.model.operations:
            if op.method == "get" and op.path.rpartition("/")[0] == kind and op.path.endswith("}"):
                return op.success_schema
        created = self.model.at(kind, "post")
        if created is not None:
            return created.success_schema
        return None


def _levels(kinds: _Kinds, path: str) -> tuple[list[Level], list[str]]:
    """The collections a path walks through, and the literal segments after the last parameter."""
    levels: list[Level] = []
    prefix, tail = "", []
    for segment in path.split("/")[1:]:
        if segment.startswith("{") and segment.endswith("}"):
            levels.append(Level(prefix, segment[1:-1], kinds.key(prefix)))
            tail = []
        else:
            tail.append(segment)
        prefix += "/" + segment
    return levels, tail


def _role(op: Operation, levels: list[Level], tail: list[str], lists: bool, listed: bool) -> Role | None:
    """The generic role of `op`; `lists`: its body holds a list; `listed`: its path is a collection
    (a GET lists it, or its items have operations)."""
    method = op.method
    if not tail:
        roles: dict[str, Role] = {"get": "read", "put": "update", "patch": "update", "delete": "delete"}
        return "action" if method == "post" and op.toggle else roles.get(method)
    if op.toggle and levels and len(tail) == 1:
        return "action"
    if method == "get":
        return "list" if lists else None
    if method == "post" and (listed or not levels):
        return "create"  # into a collection: `POST /things`, `POST /parents/{id}/things`
    if method in ("put", "patch", "post") and levels and len(tail) == 1:
        return "action"  # `/things/{id}/verb`: needs `x-toggle` or a hook
    return None


def plan(spec: dict[str, Any], model: ApiModel, op: Operation, kinds: _Kinds | None = None) -> Plan | None:
    """How the generic behaviour serves `op`, or None when it cannot."""
    kinds = kinds or _Kinds(spec, model)
    levels, tail = _levels(kinds, op.path)
    at = items_path(spec, op) if op.method == "get" and tail else None
    collection = model.at(op.path, "get") is not None or any(
        other.path.startswith(op.path + "/{") for other in model.operations
    )
    role = _role(op, levels, tail, at is not None, collection)
    if role is None:
        return None
    status = next((s for s in op.success_statuses if s.isdigit()), "200")
    reply_schema = op.json_schema(status)
    if role in ("list", "create"):
        kind, target, parents = op.path, None, tuple(levels)
    else:  # the item the path names, or an action on `<item>/verb`
        kind, target, parents = levels[-1].kind, levels[-1], tuple(levels[:-1])
    item_schema = kinds.item_schema(kind)
    item_properties, item_required = object_schema(spec, item_schema)
    item_names = frozenset(item_properties)
    reply = _shape(spec, reply_schema, op.example(status), item_names) if reply_schema else None
    key = kinds.key(kind)
    found = Plan(
        role=role,
        kind=kind,
        key=key,
        parents=parents,
        target=target,
        status=int(status),
        reply=reply,
        key_is_integer="integer" in _types(item_properties.get(key) or {"type": "integer"}),
        touched=tuple(
            name
            for name, prop in item_properties.items()
            if prop.get("format") == "date-time" and name.startswith("updated")
        ),
    )
    if role == "list":
        listed_schema = list_item_schema(spec, op)
        envelope = _envelope(spec, op, reply_schema, at or ())
        return _replace(found, item=_shape(spec, listed_schema), items_at=at or (), envelope=envelope)
    if role in ("create", "update"):
        sent = op.request_fields | {p.name for p in op.parameters if p.where != "header"}
        writable = frozenset(item_properties) & sent
        assigned = tuple(
            (name, prop, name in item_required)
            for name, prop in item_properties.items()
            if name not in writable and name != key
        )
        return _replace(found, writable=writable, assigned=assigned, item=_shape(spec, item_schema))
    return found


def _replace(found: Plan, **changes: Any) -> Plan:
    return Plan(**{**found.__dict__, **changes})


def _envelope(spec: dict[str, Any], op: Operation, schema: Any, at: tuple[str, ...]) -> dict[str, str]:
    """The envelope's other properties a list can fill: the page number, the page size, the total."""
    if not at:
        return {}
    properties, _ = object_schema(spec, schema)
    paging = op.pagination
    roles = {}
    for name, prop in properties.items():
        if name == at[0]:
            continue
        if paging and name == paging.page_param:
            roles[name] = "page"
        elif paging and name == paging.size_param:
            roles[name] = "size"
        elif name in ("count", "total", "total_count") and "integer" in _types(prop):
            roles[name] = "count"
    return roles


def _wrap(at: tuple[str, ...], items: list[Any]) -> Any:
    body: Any = items
    for name in reversed(at):
        body = {name: body}
    return body


class Resources:
    """Runs plans against a store, with the API's hooks around the generic behaviour."""

    def __init__(self, spec: dict[str, Any], model: ApiModel, fake: Fake) -> None:
        self.spec, self.model, self.fake = spec, model, fake
        kinds = _Kinds(spec, model)
        self.plans = {op.id: p for op in model.operations if (p := plan(spec, model, op, kinds))}
        self.levels: dict[str, tuple[tuple[Level, ...], Level | None]] = {}
        for op in model.operations:  # what a handler's path names, for operations without a plan
            levels, tail = _levels(kinds, op.path)
            self.levels[op.id] = (tuple(levels), None) if tail else (tuple(levels[:-1]), levels[-1])

    def prepare(self, store: Store) -> None:
        """Index the fields lists filter and order by."""
        for op in self.model.operations:
            for found in op.filters.values():
                store.index(found.field)
            if op.order:
                store.index(op.order.field)

    def seed(self, store: Store, settings: dict[str, Any]) -> None:
        """The vendor's own `seed`; the documented example of each `Fake.examples` list operation,
        where `seed` left its collection empty; then the `Fake.seeds` file."""
        self.fake.seed(store, settings)
        for operation_id in self.fake.examples:
            op, found = self.model.by_id[operation_id], self.plans.get(operation_id)
            if found is None or found.role != "list" or found.parents:
                raise ValueError(f"{operation_id} is not a top-level list; its example cannot seed")
            if store.count(found.kind):
                continue
            for item in page_items(op.example(found.status), found.items_at) or []:
                store.insert(found.kind, item[found.key], item)
        if self.fake.seeds is not None:
            kinds = _Kinds(self.spec, self.model)
            for path, items in (yaml.safe_load(self.fake.seeds.read_text(encoding="utf-8")) or {}).items():
                kind, parent = self._seeded(path)
                for item in items:
                    store.insert(kind, item[kinds.key(kind)], item, parent)

    def _seeded(self, path: str) -> tuple[str, str]:
        """The kind and parent of a collection in the seed file: a nested one is named by its concrete
        path (`/api/managed_users/19029/members`), anything else by its kind."""
        for kind in sorted({found.kind for found in self.plans.values() if "{" in found.kind}):
            if path_pattern(kind).match(path):
                return kind, path.rpartition("/")[0]
        return path, ""

    def unserved(self) -> list[str]:
        """Operations neither the generic behaviour nor a handler serves."""
        missing = []
        for op in self.model.operations:
            found = self.plans.get(op.id)
            if op.id in self.fake.handlers:
                continue
            if found is None or (
                found.role == "action" and not op.toggle and op.id not in self.fake.hooked()
            ):
                missing.append(op.id)
        return missing

    def serve(self, call: Call) -> Reply:
        found = self.plans.get(call.operation_id)
        parents, target = (found.parents, found.target) if found else self.levels[call.operation_id]
        resolved = self._resolve(call, parents, target)
        handler = self.fake.handlers.get(call.operation_id)
        if handler is not None or found is None:
            return self.fake.handlers[call.operation_id](call)
        for before in self.fake.befores.get(call.operation_id, ()):
            before(call)
        return getattr(self, "_" + found.role)(call, found, resolved)

    def _resolve(self, call: Call, parents: tuple[Level, ...], target: Level | None) -> dict[str, Any]:
        """Find each parent (404 when missing) and the target item, through the API's aliases; sets
        `call.parent`, `call.item`, and each path parameter to its item's own key."""
        resolved: dict[str, Any] = {}
        parent = ""
        for level in (*parents, *([target] if target else [])):
            value = call.path[level.param]
            item = call.store.get(level.kind, value, parent)
            alias = self.fake.aliases.get(level.kind)
            if item is None and alias is not None:
                item = alias(call.store, value, parent)
            if item is None:
                raise Problem(404, f"Not found: {level.param} {value} does not exist")
            resolved[level.param] = call.path[level.param] = item.get(level.key, value)
            if level is target:
                call.item = item
            else:
                parent = fill_path(level.kind, resolved) + f"/{resolved[level.param]}"
        call.parent = parent
        return resolved

    def _after(self, call: Call, item: dict[str, Any]) -> None:
        for after in self.fake.afters.get(call.operation_id, ()):
            after(call, item)

    def _reply(self, found: Plan, item: dict[str, Any]) -> Reply:
        return Reply(found.status, found.reply.project(item) if found.reply else None)

    def _list(self, call: Call, found: Plan, resolved: dict[str, Any]) -> Reply:
        op, query = call.operation, call.query
        conditions = [
            Condition(f.field, query[param], f.match == "prefix")
            for param, f in op.filters.items()
            if query.get(param) is not None
        ]
        paging, limit, offset, after, before, page = op.pagination, -1, 0, None, None, None
        if paging is not None:
            size = query.get(paging.size_param) or paging.max_size
            limit = size if isinstance(size, int) else -1
            if paging.style == "page" and paging.page_param:
                page = query.get(paging.page_param, paging.first_page)
                offset = max(0, (page - paging.first_page) * max(limit, 0))
            else:
                before = query.get(paging.previous_param) if paging.previous_param else None
                after = None if before is not None else query.get(paging.next_param or "")
                for name, cursor in ((paging.previous_param, before), (paging.next_param, after)):
                    if cursor is not None and call.store.get(found.kind, cursor, call.parent) is None:
                        raise Problem(404, f"Not found: {name} {cursor} does not exist")
        order = op.order
        items = call.store.select(
            found.kind,
            call.parent,
            conditions,
            order.field if order else None,
            order.descending if order else False,
            limit,
            offset,
            after,
            before,
        )
        body = _wrap(found.items_at, [found.item.project(item) for item in items])
        for name, role in found.envelope.items():
            body[name] = {
                "page": lambda: page,
                "size": lambda: limit,
                "count": lambda: call.store.count(found.kind, call.parent, conditions),
            }[role]()
        return Reply(found.status, body)

    def _read(self, call: Call, found: Plan, resolved: dict[str, Any]) -> Reply:
        return self._reply(found, call.item or {})

    def _create(self, call: Call, found: Plan, resolved: dict[str, Any]) -> Reply:
        sources = [call.path, call.query, call.body if isinstance(call.body, dict) else {}]
        item = {name: source[name] for source in sources for name in found.writable if name in source}
        now = call.now()
        if found.key not in item:
            number = call.store.next_id(found.kind, self.fake.first_ids.get(found.kind, 1))
            item[found.key] = number if found.key_is_integer else str(number)
        elif call.store.get(found.kind, item[found.key], call.parent) is not None:
            raise Problem(
                400, f"{found.key} {item[found.key]} already exists", {found.key: ["Already exists."]}
            )
        for name, prop, required in found.assigned:
            if prop.get("format") == "date-time" and "string" in _types(prop):
                item[name] = now
                continue
            known, value = _fixed(prop)
            if known:
                item[name] = value
            elif "null" in _types(prop):
                item[name] = None
            elif required:
                empty = {"boolean": False, "array": [], "object": {}, "integer": 0, "string": ""}
                item[name] = next(
                    (
                        empty[t]
                        for t in ("boolean", "array", "object", "integer", "string")
                        if t in _types(prop)
                    ),
                    None,
                )
        self._after(call, item)
        call.store.insert(found.kind, item[found.key], item, call.parent)
        call.item = item
        return self._reply(found, item)

    def _changed(self, call: Call, found: Plan, item: dict[str, Any], before: dict[str, Any]) -> None:
        if item != before:
            for name in found.touched:
                item[name] = call.now()
        self._after(call, item)
        call.store.put(found.kind, item[found.key], item, call.parent)

    def _update(self, call: Call, found: Plan, resolved: dict[str, Any]) -> Reply:
        item = dict(call.item or {})
        body = call.body if isinstance(call.body, dict) else {}
        item.update({name: body[name] for name in found.writable if name in body})
        self._changed(call, found, item, call.item or {})
        return self._reply(found, item)

    def _action(self, call: Call, found: Plan, resolved: dict[str, Any]) -> Reply:
        item = dict(call.item or {})
        toggle = call.operation.toggle
        if toggle is not None:
            item[toggle.field] = toggle.value
        self._changed(call, found, item, call.item or {})
        return self._reply(found, item)

    def _delete(self, call: Call, found: Plan, resolved: dict[str, Any]) -> Reply:
        item = dict(call.item or {})
        soft = call.operation.soft_delete
        if soft is not None:
            item[soft.field] = soft.values[0]
            self._changed(call, found, item, call.item or {})
        else:
            self._after(call, item)
            assert found.target is not None
            # What lives below the deleted path goes with it where the spec says so (`x-cascade`).
            path = fill_path(found.kind, resolved) + f"/{item.get(found.key)}"
            below = path if call.operation.cascade else None
            call.store.delete(found.kind, item.get(found.key), call.parent, below)
        return self._reply(found, item)
