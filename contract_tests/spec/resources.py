"""What a spec says about its resources beyond single operations, for the fault injector and the checks.

Everything here is read from the spec: which DELETE and PUT/PATCH have a GET on the same path, which
POST responses link to a GET, which lists are paginated (`x-pagination`) and which deletes are soft
(`x-soft-delete`). Both the fault injector and the custom checks use it, so an API is covered as soon
as its spec says so, and a fault class its spec gives no way to observe is reported with the reason.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from .loader import deref, operations

UPDATE_METHODS = ("put", "patch")

Result = TypeVar("Result")


def per_spec(compute: Callable[[dict[str, Any]], Result]) -> Callable[[dict[str, Any]], Result]:
    """Compute a whole-spec walk once per spec object: the injector and the checks ask per request.

    Results are shared, so callers must not mutate them; the few latest specs are kept.
    """
    memo: dict[int, tuple[dict[str, Any], Result]] = {}

    @functools.wraps(compute)
    def cached(spec: dict[str, Any]) -> Result:
        hit = memo.get(id(spec))
        if hit is None or hit[0] is not spec:
            if len(memo) >= 16:
                memo.clear()
            hit = memo[id(spec)] = (spec, compute(spec))
        return hit[1]

    return cached


@dataclass(frozen=True)
class CreateLink:
    """A POST whose success response names a resource that a GET reads (an OpenAPI link)."""

    post_path: str
    status: str
    get_path: str
    parameters: dict[str, str]  # GET path parameter -> JSON pointer into the POST's response body


def operation_at(spec: dict[str, Any], path: str, method: str) -> dict[str, Any] | None:
    op = ((spec.get("paths") or {}).get(path) or {}).get(method)
    return op if isinstance(op, dict) else None


def success_statuses(op: dict[str, Any]) -> list[str]:
    return [status for status in op.get("responses") or {} if str(status).startswith("2")]


def json_schema(spec: dict[str, Any], op: dict[str, Any], status: int | str) -> dict[str, Any] | None:
    """The JSON schema documented for `status` (exact, then `2XX`-style, then `default`)."""
    responses = op.get("responses") or {}
    status = str(status)
    for key in (status, f"{status[0]}XX", f"{status[0]}xx", "default"):
        if key in responses:
            content = deref(spec, responses[key]).get("content") or {}
            media = content.get("application/json") or {}
            return media.get("schema") if "schema" in media else None
    return None


def property_names(spec: dict[str, Any], schema: dict[str, Any] | None) -> set[str]:
    """Top-level property names of an object schema, through `$ref` and `allOf`."""
    schema = deref(spec, schema or {})
    names = set(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        names |= property_names(spec, part)
    return names


def request_property_names(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    content = deref(spec, op.get("requestBody") or {}).get("content") or {}
    return {name for media in content.values() for name in property_names(spec, media.get("schema"))}


def read_one_paths(spec: dict[str, Any], method: str) -> list[str]:
    """Paths with both `method` and a GET, and at least one path parameter (a single resource)."""
    return [
        path
        for path, item in (spec.get("paths") or {}).items()
        if "{" in path and method in (item or {}) and "get" in (item or {})
    ]


@per_spec
def delete_paths(spec: dict[str, Any]) -> list[str]:
    return read_one_paths(spec, "delete")


def update_fields(spec: dict[str, Any], path: str, method: str) -> set[str]:
    """Request fields of an update that reappear in the GET of the same path."""
    update, read = operation_at(spec, path, method), operation_at(spec, path, "get")
    if update is None or read is None:
        return set()
    shown = set()
    for status in success_statuses(read):
        shown |= property_names(spec, json_schema(spec, read, status))
    return request_property_names(spec, update) & shown


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
    """POST success responses linking to a GET of one resource, its path parameters from the response body."""
    ids = {op.get("operationId"): (path, method) for path, method, op in operations(spec)}
    found = []
    for path, method, op in operations(spec):
        if method != "post":
            continue
        for status in success_statuses(op):
            for link in (deref(spec, op["responses"][status]).get("links") or {}).values():
                target = ids.get(link.get("operationId"))
                params = link.get("parameters") or {}
                if (
                    target
                    and target[1] == "get"
                    and params
                    and all(_from_body_into_path(name, value, target[0]) for name, value in params.items())
                ):
                    pointers = {name: v.partition("#")[2] for name, v in params.items()}
                    found.append(CreateLink(path, status, target[0], pointers))
    return found


def _from_body_into_path(name: str, value: Any, path: str) -> bool:
    return isinstance(value, str) and value.startswith("$response.body#") and "{" + name + "}" in path


@per_spec
def paginated(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op["x-pagination"]) for path, method, op in operations(spec) if "x-pagination" in op
    ]


def soft_delete(op: dict[str, Any]) -> dict[str, Any] | None:
    """`x-soft-delete: {field, values}` on a DELETE: the resource stays readable, `field` in `values`."""
    return op.get("x-soft-delete")


def pointer(document: Any, ref: str) -> Any:
    """Resolve a JSON pointer (`/a/0/b`); KeyError/IndexError/TypeError when it does not resolve."""
    for part in [
        p.replace("~1", "/").replace("~0", "~") for p in ref.strip("/").split("/") if ref.strip("/")
    ]:
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def fill_path(template: str, values: dict[str, Any]) -> str:
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def page_items(body: Any, paging: dict[str, Any]) -> list[Any] | None:
    """The list a paginated response carries (the body, or `body[items]`)."""
    items = body.get(paging["items"]) if "items" in paging and isinstance(body, dict) else body
    return items if isinstance(items, list) else None


@dataclass(frozen=True)
class Listing:
    """A list operation whose items are identified by `x-resource-key`: where resources can be read
    when the API has no GET of one resource (Workato's API Platform)."""

    path: str
    key: str
    paging: dict[str, Any] | None
    fields: frozenset[str]  # properties of the listed items

    def items(self, body: Any) -> list[Any] | None:
        return (
            page_items(body, self.paging or {}) if self.paging else (body if isinstance(body, list) else None)
        )

    def pages(self, fetch: Callable[[dict[str, Any]], Any], most: int = 50) -> Iterator[dict[str, Any]]:
        """Every listed item, page after page; `fetch(query)` returns a parsed body or None."""
        paging, query = self.paging or {}, {}
        if paging.get("max_size"):
            query[paging["size_param"]] = paging["max_size"]
        if paging.get("style") == "page":
            query[paging["page_param"]] = paging.get("first_page", 1)
        for _ in range(most):
            items = self.items(fetch(dict(query)))
            if not items:
                return
            yield from (item for item in items if isinstance(item, dict))
            size = query.get(paging.get("size_param", ""))
            if not paging or (isinstance(size, int) and len(items) < size):
                return
            if paging["style"] == "page":
                query[paging["page_param"]] += 1
            elif isinstance(items[-1], dict) and paging["cursor_field"] in items[-1]:
                query[paging["next_param"]] = items[-1][paging["cursor_field"]]
            else:
                return


@per_spec
def listings(spec: dict[str, Any]) -> dict[str, Listing]:
    """List operations with `x-resource-key` and no required parameter, by path."""
    found = {}
    for path, method, op in operations(spec):
        key = op.get("x-resource-key")
        required = [p for p in op.get("parameters") or [] if deref(spec, p).get("required")]
        if method != "get" or not key or required:
            continue
        fields = frozenset(property_names(spec, list_item_schema(spec, op)))
        found[path] = Listing(path, key, op.get("x-pagination"), fields)
    return found


def list_item_schema(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """The schema of one item of a list operation's success body, through `x-pagination.items`
    (not dereferenced, so a `$ref` still names the item's model)."""
    schema = deref(spec, json_schema(spec, op, (success_statuses(op) or ["200"])[0]) or {})
    field = (op.get("x-pagination") or {}).get("items")
    if field:
        schema = deref(spec, (schema.get("properties") or {}).get(field) or {})
    return schema.get("items") or {}


@per_spec
def listed_creates(spec: dict[str, Any]) -> list[Listing]:
    """Listings whose path also takes a POST: what the POST creates must appear in the list."""
    return [listing for path, listing in listings(spec).items() if operation_at(spec, path, "post")]


def listed_update(spec: dict[str, Any], path: str, method: str) -> tuple[Listing, str, set[str]] | None:
    """For an update of `<list path>/{param}` with no GET of its own: (listing, param, fields to compare)."""
    parent, _, last = path.rpartition("/")
    listing = listings(spec).get(parent)
    update = operation_at(spec, path, method)
    if listing is None or update is None or operation_at(spec, path, "get"):
        return None
    if not (last.startswith("{") and last.endswith("}")):
        return None
    fields = request_property_names(spec, update) & listing.fields
    return (listing, last[1:-1], fields) if fields else None


@per_spec
def listed_updates(spec: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        (path, method)
        for path, method, _ in operations(spec)
        if method in UPDATE_METHODS and listed_update(spec, path, method)
    ]
