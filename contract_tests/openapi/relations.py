"""What a spec says about its resources beyond single operations, for the fault injector and the checks.

Everything here is read from the spec: which DELETE and PUT/PATCH have a GET on the same path, which
POST responses link to a GET, which lists are paginated (`x-pagination`) and which deletes are soft
(`x-soft-delete`). Both the fault injector and the custom checks use it, so an API is covered as soon
as its spec says so, and a fault class its spec gives no way to observe is reported with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from openapi_schema_validator import OAS31Validator

from .extensions import Pagination, Reference, parse
from .links import is_implied
from .model import ApiModel, Operation, deref, object_schema, per_spec, pointer, property_names

UPDATE_METHODS = ("put", "patch")


@dataclass(frozen=True)
class CreateLink:
    """A POST whose success response names a resource that a GET reads (an OpenAPI link)."""

    post_path: str
    status: str
    get_path: str
    parameters: dict[str, str]  # GET path parameter -> JSON pointer into the POST's response body
    same: dict[str, str] = field(default_factory=dict)  # GET path parameter -> the POST's, as sent

    def values(self, body: Any, sent: dict[str, Any]) -> dict[str, Any]:
        """The GET's path parameters for a POST that sent path parameters `sent` and got `body`;
        KeyError (and the like) when the body lacks a linked field."""
        found = {name: pointer(body, ref) for name, ref in self.parameters.items()}
        return found | {name: sent[source] for name, source in self.same.items()}


def read_one_paths(spec: dict[str, Any], method: str) -> list[str]:
    """Paths with both `method` and a GET, and at least one path parameter (a single resource)."""
    model = ApiModel.of(spec)
    return [
        path
        for path in dict.fromkeys(op.path for op in model.operations)
        if "{" in path and model.at(path, method) and model.at(path, "get")
    ]


@per_spec
def delete_paths(spec: dict[str, Any]) -> list[str]:
    return read_one_paths(spec, "delete")


def update_fields(spec: dict[str, Any], path: str, method: str) -> set[str]:
    """Request fields of an update that reappear in the GET of the same path."""
    model = ApiModel.of(spec)
    update, read = model.at(path, method), model.at(path, "get")
    if update is None or read is None:
        return set()
    shown = set()
    for status in read.success_statuses:
        shown |= property_names(spec, read.json_schema(status))
    return set(update.request_fields & shown)


@per_spec
def update_paths(spec: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (path, method)
        for method in UPDATE_METHODS
        for path in read_one_paths(spec, method)
        if update_fields(spec, path, method)
    ]


@per_spec
def create_links(spec: dict[str, Any]) -> list[CreateLink]:
    """POST success responses linking to a GET of what they made: its path parameters from the response
    body (at least one) and from the POST's own path."""
    model = ApiModel.of(spec)
    found = []
    for op in model.operations:
        if op.method != "post":
            continue
        for link in op.links:
            if is_implied(link.name):
                continue  # the suite's own, not the spec's promise
            target = model.by_id.get(str(link.operation_id))
            params = link.parameters
            if (
                link.status.startswith("2")
                and target
                and target.method == "get"
                and any(_from_body(value) for value in params.values())
                and all(_into_path(name, value, op.path, target.path) for name, value in params.items())
            ):
                pointers = {name: v.partition("#")[2] for name, v in params.items() if _from_body(v)}
                same = {name: v.removeprefix(SENT) for name, v in params.items() if not _from_body(v)}
                found.append(CreateLink(op.path, link.status, target.path, pointers, same))
    return found


SENT = "$request.path."


def _from_body(value: Any) -> bool:
    return isinstance(value, str) and value.startswith("$response.body#")


def _into_path(name: str, value: Any, source: str, path: str) -> bool:
    """A GET path parameter the link fills from the POST's body, or from the POST's own path."""
    sent = (
        isinstance(value, str) and value.startswith(SENT) and "{" + value.removeprefix(SENT) + "}" in source
    )
    return (_from_body(value) or sent) and "{" + name + "}" in path


@per_spec
def paginated(spec: dict[str, Any]) -> list[Operation]:
    return [op for op in ApiModel.of(spec).operations if op.pagination]


@per_spec
def filtered(spec: dict[str, Any]) -> list[Operation]:
    """List operations with at least one `x-filter` query parameter."""
    return [op for op in ApiModel.of(spec).operations if op.filters and op.method == "get"]


@per_spec
def ordered(spec: dict[str, Any]) -> list[Operation]:
    """List operations with a documented order (`x-order`)."""
    return [op for op in ApiModel.of(spec).operations if op.order and op.method == "get"]


def fill_path(template: str, values: dict[str, Any]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def items_path(spec: dict[str, Any], op: Operation) -> tuple[str, ...] | None:
    """Where a list operation's body holds its items (see `_items_path`), computed once per spec: the
    checks and the fault injector ask on every response."""
    return _items_paths(spec).get(op.id)


@per_spec
def _items_paths(spec: dict[str, Any]) -> dict[str, tuple[str, ...] | None]:
    return {op.id: _items_path(spec, op) for op in ApiModel.of(spec).operations}


def _items_path(spec: dict[str, Any], op: Operation) -> tuple[str, ...] | None:
    """Where a list operation's body holds its items: `()` for a bare array, the property names down to
    the array for an envelope (`x-pagination.items`, else the one array property of each object down,
    as in `{"result": {"items": [...]}}`), None when the body holds no list."""
    if op.pagination and op.pagination.items:
        return (op.pagination.items,)
    schema = deref(spec, op.success_schema or {})
    path: list[str] = []
    while isinstance(schema, dict) and len(path) < 4:
        if schema.get("type") == "array" or "items" in schema:
            return tuple(path)
        arrays = [
            (name, deref(spec, prop))
            for name, prop in (schema.get("properties") or {}).items()
            if isinstance(deref(spec, prop), dict) and _holds_list(spec, deref(spec, prop))
        ]
        if len(arrays) != 1:
            return None
        path.append(arrays[0][0])
        schema = arrays[0][1]
    return None


def _holds_list(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    if schema.get("type") == "array" or "items" in schema:
        return True
    return any(
        _holds_list(spec, deref(spec, p))
        for p in (schema.get("properties") or {}).values()
        if isinstance(deref(spec, p), dict)
    )


def page_items(body: Any, path: tuple[str, ...] | None) -> list[Any] | None:
    """The list a list response carries, found by `items_path` (None: not a list body)."""
    if path is None:
        return None
    for name in path:
        body = body.get(name) if isinstance(body, dict) else None
    return body if isinstance(body, list) else None


@dataclass(frozen=True)
class Listing:
    """A list operation whose items are identified by `x-resource-key`: where resources can be read
    when the API has no GET of one resource (Workato's API Platform)."""

    path: str
    key: str
    paging: Pagination | None
    items_at: tuple[str, ...] | None
    fields: frozenset[str]  # properties of the listed items

    def items(self, body: Any) -> list[Any] | None:
        return page_items(body, self.items_at)

    def pages(self, fetch: Callable[[dict[str, Any]], Any], most: int = 50) -> Iterator[dict[str, Any]]:
        """Every listed item, page after page; `fetch(query)` returns a parsed body or None."""
        paging, query = self.paging, {}
        if paging and paging.max_size:
            query[paging.size_param] = paging.max_size
        if paging and paging.style == "page" and paging.page_param:
            query[paging.page_param] = paging.first_page
        for _ in range(most):
            items = self.items(fetch(dict(query)))
            if not items:
                return
            yield from (item for item in items if isinstance(item, dict))
            size = query.get(paging.size_param) if paging else None
            if paging is None or (isinstance(size, int) and len(items) < size):
                return
            if paging.style == "page" and paging.page_param:
                query[paging.page_param] += 1
            elif paging.next_param and isinstance(items[-1], dict) and paging.cursor_field in items[-1]:
                query[paging.next_param] = items[-1][str(paging.cursor_field)]
            else:
                return


@per_spec
def listings(spec: dict[str, Any]) -> dict[str, Listing]:
    """List operations with `x-resource-key` and no required parameter, by path."""
    found = {}
    for op in ApiModel.of(spec).operations:
        required = [p for p in op.parameters if p.required and p.where != "path"]
        if op.method != "get" or not op.resource_key or required or "{" in op.path:
            continue
        fields = frozenset(property_names(spec, list_item_schema(spec, op)))
        found[op.path] = Listing(op.path, op.resource_key, op.pagination, items_path(spec, op), fields)
    return found


def collection_listing(spec: dict[str, Any], path: str) -> Listing | None:
    """The list at a collection's path, its parents' path parameters included, with the key its items
    are found by (`x-resource-key`, else `id`); None when the path has no list whose items have it,
    or its list needs a query parameter."""
    op = ApiModel.of(spec).at(path, "get")
    if op is None or any(p.required and p.where != "path" for p in op.parameters):
        return None
    fields = frozenset(property_names(spec, list_item_schema(spec, op)))
    key = op.resource_key or "id"
    at = items_path(spec, op)
    return Listing(op.path, key, op.pagination, at, fields) if at is not None and key in fields else None


def cascade_reads(spec: dict[str, Any], op: Operation, path: str) -> dict[str, Operation]:
    """The lists a DELETE's `x-cascade` names, by their concrete path under the deleted `path` (those
    needing a parameter the DELETE's path does not give are left out)."""
    model = ApiModel.of(spec)
    below = [model.by_id[name] for name in op.cascade if name in model.by_id]
    return {path + read.path[len(op.path) :]: read for read in below if "{" not in read.path[len(op.path) :]}


def no_cascade(spec: dict[str, Any]) -> str | None:
    """Why a spec gives no way to see what a deletion takes with it, if it gives none."""
    cascading = any(op.cascade for op in ApiModel.of(spec).operations)
    return None if cascading else "no DELETE says what it takes with it (x-cascade)"


def list_item_schema(spec: dict[str, Any], op: Operation) -> dict[str, Any]:
    """The schema of one item of a list operation's success body (not dereferenced, so a `$ref`
    still names the item's model); {} when the body holds no list."""
    schema = deref(spec, op.success_schema or {})
    for name in items_path(spec, op) or ():
        schema = deref(spec, (schema.get("properties") or {}).get(name) or {})
    return schema.get("items") or {} if isinstance(schema, dict) else {}


@per_spec
def listed_creates(spec: dict[str, Any]) -> list[Listing]:
    """Listings whose path also takes a POST: what the POST creates must appear in the list."""
    model = ApiModel.of(spec)
    return [listing for path, listing in listings(spec).items() if model.at(path, "post")]


def listed_update(spec: dict[str, Any], path: str, method: str) -> tuple[Listing, str, set[str]] | None:
    """For an update of `<list path>/{param}` with no GET of its own: (listing, param, fields to compare)."""
    parent, _, last = path.rpartition("/")
    listing = listings(spec).get(parent)
    model = ApiModel.of(spec)
    update = model.at(path, method)
    if listing is None or update is None or model.at(path, "get"):
        return None
    if not (last.startswith("{") and last.endswith("}")):
        return None
    fields = set(update.request_fields & listing.fields)
    return (listing, last[1:-1], fields) if fields else None


@per_spec
def listed_updates(spec: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (op.path, op.method)
        for op in ApiModel.of(spec).operations
        if op.method in UPDATE_METHODS and listed_update(spec, op.path, op.method)
    ]


def reference_read(spec: dict[str, Any], ref: Reference) -> tuple[str, dict[str, Any]] | None:
    """(path, query) of the read that shows what an `x-references` parameter may name: one page of
    the largest size of its list operation. None when there is none (no such operation, or one under
    a path parameter)."""
    op = ApiModel.of(spec).by_id.get(ref.operation)
    if op is None or "{" in op.path:
        return None
    paging = op.pagination
    return op.path, ({paging.size_param: paging.max_size} if paging and paging.max_size else {})


def reference_values(spec: dict[str, Any], ref: Reference, body: Any) -> list[Any] | None:
    """The values the list `body` (from `reference_read`) shows for `ref`; None: not a list."""
    items = page_items(body, items_path(spec, ApiModel.of(spec).by_id[ref.operation]))
    if items is None:
        return None
    return [item[ref.field] for item in items if isinstance(item, dict) and item.get(ref.field) is not None]


def existing_values(
    spec: dict[str, Any], ref: Reference, fetch: Callable[[str, dict[str, Any]], Any]
) -> list[Any] | None:
    """The values an `x-references` parameter may take, read through `fetch(path, query) -> body or
    None`; None when what exists cannot be told."""
    read = reference_read(spec, ref)
    return None if read is None else reference_values(spec, ref, fetch(*read))


def references(op: Operation) -> dict[tuple[str, str], Reference]:
    """The operation's `x-references` parameters, by (location, name)."""
    return {(p.where, p.name): p.references for p in op.parameters if p.references is not None}


def property_extension(spec: dict[str, Any], schema: Any, name: str, key: str, depth: int = 0) -> Any:
    """The extension `key` on property `name` of an object schema (or of a list's items), found
    through `$ref`, `allOf`, `anyOf` and `oneOf`, whether written beside a `$ref` or in the schema
    it names; None when no variant declares it."""
    schema = deref(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    node = (schema.get("properties") or {}).get(name)
    if isinstance(node, dict):
        found = node.get(key, (deref(spec, node) or {}).get(key))
        if found is not None:
            return found
    parts = [schema["items"]] if isinstance(schema.get("items"), dict) else []
    parts += [part for combo in ("allOf", "anyOf", "oneOf") for part in schema.get(combo) or []]
    for part in parts:
        found = property_extension(spec, part, name, key, depth + 1)
        if found is not None:
            return found
    return None


def applies(spec: dict[str, Any], op: Operation, name: str, body: dict[str, Any]) -> bool:
    """Whether request field `name` applies to the variant `body` is (its `x-applies-when`)."""
    for schema in op.request_schemas():
        when = property_extension(spec, schema, name, "x-applies-when")
        if when is not None:
            return all(body.get(field) in values for field, values in parse("x-applies-when", when).items())
    return True


def allows_null(spec: dict[str, Any], schema: Any) -> bool:
    """Whether `schema` (a property's) admits null."""
    document = {**(schema if isinstance(schema, dict) else {}), "components": spec.get("components") or {}}
    return bool(OAS31Validator(document).is_valid(None))


def without_optional_nulls(spec: dict[str, Any], schema: Any, value: Any, depth: int = 0) -> Any:
    """`value` (a request body) without the nulls its schema does not allow in optional properties,
    at any depth: what a server reads that takes such a null as "not sent". A null the schema allows
    (an update's "null clears it") is kept: it means something."""
    if not isinstance(value, dict) or depth > 8:
        return value
    properties, required = object_schema(spec, schema)
    return {
        name: without_optional_nulls(spec, properties.get(name), item, depth + 1)
        for name, item in value.items()
        if not (
            item is None
            and name in properties
            and name not in required
            and not allows_null(spec, properties[name])
        )
    }
