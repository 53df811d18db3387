"""Checks schemathesis cannot make on its own: what a spec's semantics promise across requests.

Loaded into schemathesis through `SCHEMATHESIS_HOOKS=contract_tests.suite.checks` by `fuzz.py`. Each check
reads the spec (never an API name): `x-pagination` for page size and cursor order, the GET that
shares a path with a DELETE or an update, the links from a POST to the GET reading what it made, and
`x-soft-delete`. Follow-up reads go through schemathesis's own transport with the run's headers, and
only after a successful response, so a correct server never sees a request it would refuse.
"""

from __future__ import annotations

from typing import Any

import schemathesis

from ..spec.resources import (
    UPDATE_METHODS,
    Listing,
    create_links,
    fill_path,
    listed_update,
    listings,
    operation_at,
    page_items,
    pointer,
    soft_delete,
    update_fields,
)
from . import threadsafe_ast

threadsafe_ast.install()  # this module is what schemathesis loads first, before its workers


def _spec(case: Any) -> dict[str, Any]:
    return case.operation.schema.raw_schema


def _ok(response: Any) -> bool:
    return 200 <= response.status_code < 300


def _json(response: Any) -> Any:
    try:
        return response.json()
    except Exception:
        return None


def _probe(ctx: Any, case: Any, operation: Any, **parts: Any) -> Any:
    """Send a follow-up request (recorded as the case's child) with the run's headers."""
    probe = operation.Case(**parts)
    ctx.internals.record_case(parent_id=case.id, case=probe)
    response = operation.schema.transport.send(probe, **dict(ctx.internals.transport_kwargs or {}))
    ctx.internals.record_response(case_id=probe.id, response=response)
    return response


def _read(ctx: Any, case: Any, path_parameters: dict[str, Any], path: str | None = None) -> Any:
    operation = case.operation.schema[path or case.operation.path]["GET"]
    return _probe(ctx, case, operation, path_parameters=path_parameters)


@schemathesis.check
def page_size_respected(ctx: Any, response: Any, case: Any) -> bool | None:
    """A paginated list returns at most the page size asked for (`x-pagination.size_param`)."""
    paging = case.operation.definition.raw.get("x-pagination")
    if not paging or not _ok(response):
        return None
    items = page_items(_json(response), paging)
    if items is None:
        return None
    size_param = paging["size_param"]
    asked = (case.query or {}).get(size_param)
    if isinstance(asked, int) and not isinstance(asked, bool) and len(items) > asked:
        raise AssertionError(f"Asked for {size_param}={asked}, got {len(items)} items")
    if len(items) >= 2 and asked != 1:
        query = {**(case.query or {}), size_param: 1}
        second = _probe(ctx, case, case.operation, path_parameters=case.path_parameters, query=query)
        smaller = page_items(_json(second), paging) if _ok(second) else None
        if smaller is not None and len(smaller) > 1:
            raise AssertionError(
                f"Asked for {size_param}=1, got {len(smaller)} items: the page size is ignored"
            )
    return None


@schemathesis.check
def cursor_pages_do_not_overlap(ctx: Any, response: Any, case: Any) -> bool | None:
    """The page after a cursor holds none of the items before it (`x-pagination` cursor style)."""
    paging = case.operation.definition.raw.get("x-pagination")
    if not paging or paging.get("style") != "cursor" or not _ok(response):
        return None
    items = page_items(_json(response), paging)
    field = paging["cursor_field"]
    if not items or not all(isinstance(item, dict) and field in item for item in items):
        return None
    query = {k: v for k, v in (case.query or {}).items() if k != paging.get("previous_param")}
    query[paging["next_param"]] = items[-1][field]
    answer = _probe(ctx, case, case.operation, path_parameters=case.path_parameters, query=query)
    later = page_items(_json(answer), paging) if _ok(answer) else None
    seen = {item[field] for item in items}
    repeated = [item.get(field) for item in later or [] if isinstance(item, dict) and item.get(field) in seen]
    if repeated:
        raise AssertionError(
            f"The page after {paging['next_param']}={items[-1][field]} repeats {field} {repeated[0]!r}"
        )
    return None


@schemathesis.check
def deleted_resource_gone(ctx: Any, response: Any, case: Any) -> bool | None:
    """After a successful DELETE, the GET of the same path is 404/410, or shows `x-soft-delete`'s state."""
    if case.method.lower() != "delete" or not _ok(response):
        return None
    spec = _spec(case)
    if operation_at(spec, case.operation.path, "get") is None:
        return None
    after = _read(ctx, case, dict(case.path_parameters or {}))
    soft = soft_delete(case.operation.definition.raw)
    if soft is None:
        if after.status_code not in (404, 410):
            raise AssertionError(f"Deleted, yet GET answers {after.status_code} instead of 404 or 410")
        return None
    state = (_json(after) or {}).get(soft["field"]) if _ok(after) else None
    if state not in soft["values"]:
        raise AssertionError(
            f"Deleted (soft), yet GET answers {after.status_code} with {soft['field']}={state!r}, "
            f"not one of {soft['values']}"
        )
    return None


@schemathesis.check
def created_resource_readable(ctx: Any, response: Any, case: Any) -> bool | None:
    """What a successful POST links to (an OpenAPI link to a GET) can be read; what a POST to a list's
    path (`x-resource-key` on the list) creates appears in the list."""
    if case.method.lower() != "post" or not _ok(response):
        return None
    body = _json(response)
    for link in create_links(_spec(case)):
        if link.post_path != case.operation.path or link.status != str(response.status_code):
            continue
        try:
            values = {name: pointer(body, ref) for name, ref in link.parameters.items()}
        except (KeyError, IndexError, TypeError, ValueError):
            continue  # the response schema check reports a body without the linked field
        after = _read(ctx, case, values, link.get_path)
        if not _ok(after):
            raise AssertionError(
                f"Created, yet GET {fill_path(link.get_path, values)} answers {after.status_code}"
            )
    listing = listings(_spec(case)).get(case.operation.path)
    key = body.get(listing.key) if listing is not None and isinstance(body, dict) else None
    if listing is not None and key is not None and _listed(ctx, case, listing, key) is None:
        raise AssertionError(f"Created {listing.key}={key!r}, yet GET {listing.path} does not list it")
    return None


def _listed(ctx: Any, case: Any, listing: Listing, key: Any) -> dict[str, Any] | None:
    """The item whose `x-resource-key` is `key`, walking every page of the list (None: not listed)."""
    operation = case.operation.schema[listing.path]["GET"]

    def fetch(query: dict[str, Any]) -> Any:
        answer = _probe(ctx, case, operation, query=query)
        return _json(answer) if _ok(answer) else None

    return next((item for item in listing.pages(fetch) if str(item.get(listing.key)) == str(key)), None)


@schemathesis.check
def update_applied(ctx: Any, response: Any, case: Any) -> bool | None:
    """After a successful PUT/PATCH, the GET of the same path (else the item in the parent path's list,
    `x-resource-key`) shows the fields that were sent."""
    method = case.method.lower()
    if method not in UPDATE_METHODS or not _ok(response) or not isinstance(case.body, dict):
        return None
    spec = _spec(case)
    listed = listed_update(spec, case.operation.path, method)
    fields = listed[2] if listed else update_fields(spec, case.operation.path, method)
    sent = {
        name: value
        for name, value in case.body.items()
        if name in fields and isinstance(value, str | int | float | bool)
    }
    if not sent:
        return None
    if listed:  # no GET of one resource: read it from the list, by its key in the path
        listing, param = listed[0], listed[1]
        shown: Any = _listed(ctx, case, listing, (case.path_parameters or {}).get(param))
    else:
        after = _read(ctx, case, dict(case.path_parameters or {}))
        shown = _json(after) if _ok(after) else None
    if not isinstance(shown, dict):
        return None  # the read's own checks report an unreadable resource
    stale = {name: shown.get(name) for name, value in sent.items() if str(shown.get(name)) != str(value)}
    if stale:
        name = next(iter(stale))
        raise AssertionError(
            f"Update answered {response.status_code}, yet a read shows {name}={stale[name]!r}, "
            f"not the {sent[name]!r} sent"
        )
    return None
