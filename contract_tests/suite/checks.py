"""Checks schemathesis cannot make on its own: what a spec's semantics promise across requests.

Loaded into schemathesis through `SCHEMATHESIS_HOOKS=contract_tests.suite.checks` by `fuzz.py`. Each
check reads the spec's parsed extensions (never an API name): `x-pagination` for page size and for
pages that neither repeat nor skip, `x-filter` and `x-order` for what a list may hold and in which
order, the GET that shares a path with a DELETE or an update, the links from a POST to the GET reading
what it made, `x-soft-delete`, and `x-refusals` for why a valid request may be refused. Follow-up
reads go through `seam.probe`, only after a successful response, so a correct server never sees a
request it would refuse.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import schemathesis
from schemathesis import Case, CheckContext, Response
from schemathesis.core import NotSet

from ..openapi.extensions import Pagination, Reference
from ..openapi.links import created_pointer, path_parameters
from ..openapi.model import ApiModel, Operation, Parameter, auth_header, pointer, wrong_secret
from ..openapi.refusals import blamed_fields, covers, field_map_pointer, field_map_promised
from ..openapi.relations import (
    UPDATE_METHODS,
    Listing,
    applies,
    collection_listing,
    create_links,
    existing_values,
    fill_path,
    items_path,
    listed_update,
    page_items,
    property_extension,
    references,
    update_fields,
)
from . import seam, threadsafe_ast
from .command import GAP_404, TOKEN_ENV
from .lists import filtered_out, out_of_order, oversized_page

threadsafe_ast.install()  # this module is what schemathesis loads first, before its workers

# What a check returns when it does not apply to a response: schemathesis then counts it as skipped, so
# the suite's table shows which of the project's checks really ran.
SKIPPED = True

# Walking pages costs three requests; a few walks per list operation prove the paging. Counted per run
# (per loaded spec), since the kill matrix runs many in one process.
PAGE_WALKS_PER_OPERATION = 3
_walks: Counter[tuple[Any, ...]] = Counter()
_walks_lock = threading.Lock()


def _ok(response: Response) -> bool:
    return 200 <= response.status_code < 300


def _json(response: Response) -> Any:
    try:
        return response.json()
    except Exception:
        return None


def _operation(case: Case) -> tuple[dict[str, Any], Operation | None]:
    spec = seam.raw_spec(case)
    return spec, ApiModel.of(spec).at(case.operation.path, case.method)


def _items(spec: dict[str, Any], op: Operation, response: Response) -> list[Any] | None:
    return page_items(_json(response), items_path(spec, op)) if _ok(response) else None


def _read(
    ctx: CheckContext, case: Case, path_parameters: dict[str, Any], path: str | None = None
) -> Response:
    operation = seam.sibling_operation(case, path or case.operation.path, "GET")
    return seam.probe(ctx, case, operation, path_parameters=path_parameters)


@schemathesis.check
def page_size_respected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A paginated list returns at most the page size asked for (`x-pagination.size_param`)."""
    spec, op = _operation(case)
    if op is None or op.pagination is None:
        return SKIPPED
    items = _items(spec, op, response)
    if items is None:
        return SKIPPED
    size_param = op.pagination.size_param
    asked = (case.query or {}).get(size_param)
    if problem := oversized_page(op, items, case.query or {}):
        raise AssertionError(problem)
    if problem := _beyond_stated_bound(ctx, case, spec, op):
        raise AssertionError(problem)
    if len(items) >= 2 and asked != 1:
        query = {**(case.query or {}), size_param: 1}
        second = seam.probe(ctx, case, case.operation, path_parameters=case.path_parameters, query=query)
        smaller = _items(spec, op, second)
        if smaller is not None and len(smaller) > 1:
            raise AssertionError(
                f"Asked for {size_param}=1, got {len(smaller)} items: the page size is ignored"
            )
    return None


def _beyond_stated_bound(ctx: CheckContext, case: Case, spec: dict[str, Any], op: Operation) -> str | None:
    """Once per list whose page size the page bounds without a documented refusal (`x-out-of-range:
    unspecified`), ask for one more than the bound: a refusal the operation documents keeps the
    page's promise, and so does a success with at most the bound's items; more items break it."""
    assert op.pagination is not None
    size = op.pagination.size_param
    param = op.parameter(size)
    bound = param.schema.get("maximum") if param else None
    if param is None or param.out_of_range != "unspecified" or not isinstance(bound, int):
        return None
    with _walks_lock:
        if _walks[(id(spec), op.id, "bound")]:
            return None
        _walks[(id(spec), op.id, "bound")] += 1
    query = {**(case.query or {}), size: bound + 1}
    answer = seam.probe(ctx, case, case.operation, path_parameters=case.path_parameters, query=query)
    items = _items(spec, op, answer)
    if _ok(answer) and items is not None and len(items) > bound:
        return f"Asked for {size}={bound + 1}, got {len(items)} items; the page promises at most {bound}"
    if not _ok(answer) and not (400 <= answer.status_code < 500 and op.documents(answer.status_code)):
        status = answer.status_code
        return f"Asked for {size}={bound + 1}, answered {status}, which the operation does not document"
    return None


@schemathesis.check
def filters_respected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A list filtered by an `x-filter` parameter holds only items whose field matches it. An invalid
    request is not judged here: whether it must be refused is `negative_data_rejection`'s question."""
    spec, op = _operation(case)
    if op is None or not op.filters or not seam.generated_valid(case):
        return SKIPPED
    if problem := filtered_out(op, _items(spec, op, response) or [], case.query or {}):
        raise AssertionError(problem)
    return None


@schemathesis.check
def order_respected(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A list with a documented order (`x-order`) holds its items in that order."""
    spec, op = _operation(case)
    if op is None or op.order is None:
        return SKIPPED
    problem = out_of_order(op, _items(spec, op, response) or [])
    if problem:
        raise AssertionError(problem)
    return None


def _identity(op: Operation, item: Any) -> Any:
    key = op.resource_key or (op.pagination.cursor_field if op.pagination else None)
    if key and isinstance(item, dict) and key in item:
        return item[key]
    return repr(item)


@schemathesis.check
def pages_consistent(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Two pages of size n, one after the other, hold the same items, in the same order, as one page
    of size 2n: paging neither repeats nor skips items, and the order holds across pages."""
    spec, op = _operation(case)
    paging = op.pagination if op else None
    if op is None or paging is None or _items(spec, op, response) is None:
        return SKIPPED
    walk = (id(spec), op.id)
    with _walks_lock:
        if _walks[walk] >= PAGE_WALKS_PER_OPERATION:
            return SKIPPED
    query = {k: v for k, v in (case.query or {}).items() if k not in paging.query_params}

    def page(**params: Any) -> list[Any] | None:
        answer = seam.probe(
            ctx, case, case.operation, path_parameters=case.path_parameters, query={**query, **params}
        )
        return _items(spec, op, answer)

    problem = _walk_pages(op, paging, page)
    if problem is not None:
        with _walks_lock:  # only a list long enough to walk counts as a walk
            _walks[walk] += 1
    if problem:
        problem = _walk_pages(op, paging, page)  # again: data may have moved between the requests
    if problem:
        raise AssertionError(problem)
    return None


def _walk_pages(op: Operation, paging: Pagination, page: Callable[..., list[Any] | None]) -> str | None:
    """Why two pages of 2 disagree with one page of 4: "" when they agree, None when the list is too
    short to walk. The one page is aligned on the walk's first item and only the common length is
    compared, so items created meanwhile (by another worker) at either end do not count as a fault."""
    size = 2
    start = {paging.page_param: paging.first_page} if paging.style == "page" and paging.page_param else {}
    first = page(**start, **{paging.size_param: size})
    if first is None or len(first) < size:
        return None
    if paging.style == "page" and paging.page_param:
        second = page(**{paging.page_param: paging.first_page + 1, paging.size_param: size})
    elif paging.next_param and isinstance(first[-1], dict) and first[-1].get(paging.cursor_field or ""):
        second = page(**{paging.next_param: first[-1][paging.cursor_field or ""], paging.size_param: size})
    else:
        return None
    whole = page(**start, **{paging.size_param: 2 * size})
    if second is None or whole is None:
        return None
    walked = [_identity(op, item) for item in first + second]
    expected = [_identity(op, item) for item in whole]
    if walked[0] in expected:  # items created meanwhile at the head of a newest-first list
        expected = expected[expected.index(walked[0]) :]
    common = min(len(walked), len(expected))
    if walked[:common] != expected[:common]:
        repeated = [key for key in walked if walked.count(key) > 1]
        what = f"repeats {repeated[0]!r}" if repeated else "skips or reorders items"
        return f"Two pages of {size} differ from one page of {2 * size}: paging {what}"
    if len(second) < size and len(expected) > len(walked):
        return f"Paging ends after {len(walked)} items, yet one page of {2 * size} holds {len(expected)}"
    problem = out_of_order(op, whole)
    return f"Across pages: {problem}" if problem else ""


@schemathesis.check
def deleted_resource_gone(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After a successful DELETE, the GET of the same path is 404/410, or shows `x-soft-delete`'s state."""
    if case.method.lower() != "delete" or not _ok(response):
        return SKIPPED
    spec, op = _operation(case)
    if op is None or ApiModel.of(spec).at(case.operation.path, "get") is None:
        return SKIPPED
    after = _read(ctx, case, dict(case.path_parameters or {}))
    soft = op.soft_delete
    if soft is None:
        if after.status_code not in (404, 410):
            raise AssertionError(f"Deleted, yet GET answers {after.status_code} instead of 404 or 410")
        return None
    body = _json(after) if _ok(after) else None
    state = body.get(soft.field) if isinstance(body, dict) else None
    if state not in soft.values:
        raise AssertionError(
            f"Deleted (soft), yet GET answers {after.status_code} with {soft.field}={state!r}, "
            f"not one of {list(soft.values)}"
        )
    return None


@schemathesis.check
def created_resource_readable(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """What a successful POST links to (an OpenAPI link to a GET) can be read."""
    if case.method.lower() != "post" or not _ok(response):
        return SKIPPED
    spec, body = seam.raw_spec(case), _json(response)
    for link in create_links(spec):
        if link.post_path != case.operation.path or link.status != str(response.status_code):
            continue
        try:
            values = link.values(body, dict(case.path_parameters or {}))
        except (KeyError, IndexError, TypeError, ValueError):
            continue  # the response schema check reports a body without the linked field
        after = _read(ctx, case, values, link.get_path)
        if not _ok(after):
            raise AssertionError(
                f"Created, yet GET {fill_path(link.get_path, values)} answers {after.status_code}"
            )
    return None


@schemathesis.check
def created_resource_listed(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """What a successful POST to a collection created appears in the collection's list under the same
    parents, found by its key (the list's `x-resource-key`, else `id`) over every page; the list is
    asked with the `x-filter` values the created item has, so a child folder is looked for under its
    parent."""
    if case.method.lower() != "post" or not _ok(response):
        return SKIPPED
    spec, op = _operation(case)
    listing = collection_listing(spec, case.operation.path)
    where = created_pointer(spec, op) if op is not None else None
    body = _json(response)
    if listing is None or where is None or op is None or not _budget(spec, op, "listed"):
        return SKIPPED
    try:
        key = pointer(body, where)
    except (KeyError, IndexError, TypeError, ValueError):
        return SKIPPED  # the response schema check reports a body without it
    created = body.get(where.split("/")[1]) if isinstance(body, dict) else None
    item = created if isinstance(created, dict) and where.count("/") > 1 else body
    lists = ApiModel.of(spec).at(listing.path, "get")
    assert lists is not None
    query = {
        param: item[found.field]
        for param, found in lists.filters.items()
        if isinstance(item, dict) and isinstance(item.get(found.field), str | int | bool)
    }
    if _listed(ctx, case, listing, key, query) is None:
        shown = fill_path(listing.path, dict(case.path_parameters or {}))
        raise AssertionError(f"Created {listing.key}={key!r}, yet GET {shown} does not list it")
    return None


def _listed(
    ctx: CheckContext, case: Case, listing: Listing, key: Any, query: dict[str, Any] | None = None
) -> dict[str, Any] | None:
    """The item whose key is `key`, walking every page of the list under the case's own parents
    (None: not listed)."""
    operation = seam.sibling_operation(case, listing.path, "GET")
    names = set(path_parameters(listing.path))
    parents = {name: value for name, value in (case.path_parameters or {}).items() if name in names}

    def fetch(params: dict[str, Any]) -> Any:
        answer = seam.probe(ctx, case, operation, path_parameters=parents, query={**(query or {}), **params})
        return _json(answer) if _ok(answer) else None

    return next((item for item in listing.pages(fetch) if str(item.get(listing.key)) == str(key)), None)


def _tenant(op: Operation | None) -> Parameter | None:
    return next((p for p in op.parameters if p.tenant and p.where == "path"), None) if op else None


def _other_tenant(ctx: CheckContext, case: Case, spec: dict[str, Any], param: Parameter) -> Any:
    """A tenant other than the one `case` names, from the tenants' list (`x-tenant`); None if none.
    The case may name its tenant by an alias (Workato's `E<external id>`), so the tenant's own
    GET, where there is one, says which listed value is its own."""
    assert param.tenant is not None
    own = (case.path_parameters or {}).get(param.name)
    found = existing_values(spec, param.tenant, lambda path, query: _probe_json(ctx, case, path, query))
    path = case.operation.path.partition("{" + param.name + "}")[0] + "{" + param.name + "}"
    if ApiModel.of(spec).at(path, "get") is not None:
        read = _json(_read(ctx, case, {param.name: own}, path))
        own = read.get(param.tenant.field, own) if isinstance(read, dict) else own
    return next((value for value in found or () if str(value) != str(own)), None)


@schemathesis.check
def tenant_isolated(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """What a successful POST made under one tenant (the `x-tenant` path parameter), read through the
    POST's link, is not shown under another tenant's path: the same GET naming another existing
    tenant answers a refusal, or shows some other resource of that tenant (BOLA)."""
    if case.method.lower() != "post" or not _ok(response):
        return SKIPPED
    spec, op = _operation(case)
    param = _tenant(op)
    links = [
        link
        for link in create_links(spec)
        if link.post_path == case.operation.path and link.status == str(response.status_code)
    ]
    # A read of one resource: two tenants' lists (empty ones alike) may be equal without sharing anything.
    links = [
        link
        for link in links
        if param is not None and param.name in link.same and _reads_one(spec, link.get_path)
    ]
    if param is None or op is None or not links or not _budget(spec, op, "tenant"):
        return SKIPPED
    link = min(links, key=lambda found: len(found.get_path))  # the item's own read, if it has one
    try:
        values = link.values(_json(response), dict(case.path_parameters or {}))
    except (KeyError, IndexError, TypeError, ValueError):
        return SKIPPED
    mine = _read(ctx, case, values, link.get_path)
    other = _other_tenant(ctx, case, spec, param) if _ok(mine) else None
    if other is None:
        return SKIPPED
    theirs = _read(ctx, case, {**values, param.name: other}, link.get_path)
    if _ok(theirs) and _json(theirs) == _json(mine):
        shown = fill_path(link.get_path, {**values, param.name: other})
        raise AssertionError(
            f"Created under {param.name}={values[param.name]!r}, yet GET {shown} (another tenant) answers "
            f"{theirs.status_code} with the same resource"
        )
    return None


def _reads_one(spec: dict[str, Any], path: str) -> bool:
    read = ApiModel.of(spec).at(path, "get")
    return read is not None and items_path(spec, read) is None


def _budget(spec: dict[str, Any], op: Operation, what: str, most: int = PAGE_WALKS_PER_OPERATION) -> bool:
    """Whether a check that costs several requests (walks a list, reads another tenant) may run once
    more on `op` in this run: a few times per operation prove the promise, and every successful
    request paying for it made each run of the suite slower."""
    with _walks_lock:
        if _walks[(id(spec), op.id, what)] >= most:
            return False
        _walks[(id(spec), op.id, what)] += 1
    return True


@schemathesis.check
def cascade_applied(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After a successful DELETE, each list its `x-cascade` names below the deleted resource shows
    nothing: it answers 404 or 410, or lists no item."""
    if case.method.lower() != "delete" or not _ok(response):
        return SKIPPED
    spec, op = _operation(case)
    if op is None or not op.cascade:
        return SKIPPED
    model, sent = ApiModel.of(spec), dict(case.path_parameters or {})
    for name in op.cascade:
        below = model.by_id.get(name)
        if below is None or any(p.required and p.where != "path" for p in below.parameters):
            continue
        answer = _read(ctx, case, {n: sent[n] for n in path_parameters(below.path) if n in sent}, below.path)
        items = _items(spec, below, answer)
        if items:
            shown = fill_path(below.path, sent)
            raise AssertionError(f"Deleted, yet GET {shown} ({name}) still lists {len(items)} item(s)")
    return None


def _resource(ctx: CheckContext, case: Case, spec: dict[str, Any], path: str) -> Any:
    """The resource at `path` as a read shows it now: its GET, else its item in its collection's list."""
    sent = dict(case.path_parameters or {})
    if ApiModel.of(spec).at(path, "get") is not None:
        after = _read(ctx, case, {n: sent[n] for n in path_parameters(path)}, path)
        return _json(after) if _ok(after) else None
    collection, _, last = path.rpartition("/")
    listing = collection_listing(spec, collection)
    return _listed(ctx, case, listing, sent.get(last[1:-1])) if listing and last.startswith("{") else None


# Times the action is sent again before a read that disagrees is a failure: with --workers 2 a single
# retry was seen to lose the race to a counterpart sent on the same example id.
_ACTION_RETRIES = 3


@schemathesis.check
def action_applied(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After a successful action that sets a field (`x-toggle`), a read of the resource shows it set:
    the GET of the resource's path, else its item in its collection's list."""
    spec, op = _operation(case)
    toggle = op.toggle if op else None
    if toggle is None or op is None or not _ok(response) or not _budget(spec, op, "action"):
        return SKIPPED
    resource = case.operation.path.rpartition("/")[0]
    shown = _resource(ctx, case, spec, resource)
    if not isinstance(shown, dict):
        return SKIPPED  # the read's own checks report an unreadable resource
    for _ in range(_ACTION_RETRIES):
        if not isinstance(shown, dict) or _same(toggle.value, shown.get(toggle.field)):
            break
        # Another worker may have sent the counterpart (disable after enable) meanwhile, on the same
        # example id: only reads that still disagree after the same action was sent again each time
        # are the server's.
        again = seam.probe(ctx, case, case.operation, **_parts(case))
        shown = _resource(ctx, case, spec, resource) if _ok(again) else None
    if isinstance(shown, dict) and not _same(toggle.value, shown.get(toggle.field)):
        raise AssertionError(
            f"{case.method.upper()} {case.operation.path} answered {response.status_code}, yet a read shows "
            f"{toggle.field}={shown.get(toggle.field)!r}, not {toggle.value!r}"
        )
    return None


def _instant(value: Any) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


PRECISION = {"second": timedelta(seconds=1), "millisecond": timedelta(milliseconds=1)}


def _same(sent: Any, shown: Any, precision: str | None = None) -> bool:
    """Equal as text, or the same instant written in two ISO 8601 forms (`Z` and `+00:00`, a date and
    its midnight in UTC): a server may show a time in its own form; with a documented precision
    (`x-precision`), instants less than one unit apart (truncated or rounded) are the same."""
    if str(sent) == str(shown):
        return True
    if not isinstance(sent, str) or not isinstance(shown, str):
        return False
    before, after = _instant(sent), _instant(shown)
    if before is None or after is None:
        return False
    return before == after or (precision in PRECISION and abs(before - after) < PRECISION[precision])


@schemathesis.check
def update_applied(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """After a successful PUT/PATCH, the GET of the same path (else the item in the parent path's list,
    `x-resource-key`) shows the fields that were sent: those that apply to the variant sent
    (`x-applies-when`), instants at the precision the vendor documents (`x-precision`)."""
    method = case.method.lower()
    if method not in UPDATE_METHODS or not _ok(response) or not isinstance(case.body, dict):
        return SKIPPED
    spec, op = _operation(case)
    if op is None:
        return SKIPPED
    listed = listed_update(spec, case.operation.path, method)
    fields = listed[2] if listed else update_fields(spec, case.operation.path, method)
    body = case.body
    sent = {
        name: value
        for name, value in body.items()
        if name in fields and isinstance(value, str | int | float | bool) and applies(spec, op, name, body)
    }
    if not sent:
        return SKIPPED
    model = ApiModel.of(spec)
    if listed:  # no GET of one resource: read it from the list, by its key in the path
        listing, param = listed[0], listed[1]
        shown: Any = _listed(ctx, case, listing, (case.path_parameters or {}).get(param))
        read = model.at(listing.path, "get")
    else:
        after = _read(ctx, case, dict(case.path_parameters or {}))
        shown = _json(after) if _ok(after) else None
        read = model.at(case.operation.path, "get")
    if not isinstance(shown, dict):
        return SKIPPED  # the read's own checks report an unreadable resource
    schema = read.success_schema if read else None
    stale = {
        name: shown.get(name)
        for name, value in sent.items()
        if not _same(value, shown.get(name), property_extension(spec, schema, name, "x-precision"))
    }
    if stale:
        name = next(iter(stale))
        raise AssertionError(
            f"Update answered {response.status_code}, yet a read shows {name}={stale[name]!r}, "
            f"not the {sent[name]!r} sent"
        )
    return None


@schemathesis.check
def refusal_documented(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A valid request refused with a status `x-refusals` documents is refused for a documented
    reason. Which statuses a valid request may get at all is `positive_data_acceptance`'s part."""
    spec, op = _operation(case)
    if op is None or not seam.generated_valid(case):
        return SKIPPED
    if not any(refusal.status == response.status_code for refusal in op.refusals):
        return SKIPPED
    problem = unexplained_refusal(spec, op, response.status_code, _json(response))
    if problem:
        raise AssertionError(problem)
    return None


def unexplained_refusal(spec: dict[str, Any], op: Operation, status: int, body: Any) -> str | None:
    """Why refusing a valid request with `status` and `body` gives no reason `x-refusals` documents:
    the body blames a field no refusal with that status names, or, where the error schema promises a
    field map, blames none while every such refusal names fields (a refusal naming none is about the
    state of what the path names). None when the reason is documented, or cannot be told."""
    documented = [refusal for refusal in op.refusals if refusal.status == status]
    blamed = blamed_fields(spec, op, status, body)
    allowed = [name for refusal in documented for name in refusal.fields]
    unexplained = sorted(name for name in blamed if not any(covers(field, name) for field in allowed))
    reasons = "; ".join(
        f"{refusal.when} ({', '.join(refusal.fields) or 'no field'})" for refusal in documented
    )
    if unexplained:
        return (
            f"A valid request was refused with {status} blaming {', '.join(unexplained)}; "
            f"the vendor documents {status} for it only when: {reasons}"
        )
    if not blamed and all(refusal.fields for refusal in documented) and field_map_promised(spec, op, status):
        where = field_map_pointer(spec, op, status) or "/"
        return (
            f"A valid request was refused with {status} blaming no field (in {where} of the body); "
            f"the vendor documents {status} for it only when: {reasons}"
        )
    return None


# Documentation gaps found in this process, drained into the event stream by `progress`: answers the
# vendor never documented to requests that are not valid only because they name nothing.
_gaps: list[str] = []


def drain_gaps() -> list[str]:
    """The documentation gaps recorded since the last call."""
    with _walks_lock:
        found, _gaps[:] = list(_gaps), []
    return found


@schemathesis.check
def reference_resolved(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """A 404 to a valid request whose `x-references` parameters all name what exists (the list
    operation shows it) is a broken contract; a 404 to one naming nothing is the server's right, and
    where the vendor documents no 404 for it, a documentation gap reported apart, not a failure."""
    spec, op = _operation(case)
    if op is None or response.status_code != 404 or not seam.generated_valid(case):
        return SKIPPED
    named = {
        (where, name): (ref, value)
        for (where, name), ref in references(op).items()
        if (value := ((case.query if where == "query" else case.path_parameters) or {}).get(name)) is not None
    }
    if not named:
        return SKIPPED
    dangling = _dangling(ctx, case, spec, named)
    if dangling is None:
        return SKIPPED  # what exists cannot be told
    where = f"{case.method.upper()} {case.operation.path}"
    if not dangling:
        # Another worker may have created it since: only a 404 to the same request sent again,
        # between two reads that both show it, is the server's.
        again = seam.probe(ctx, case, case.operation, **_parts(case))
        if again.status_code == 404 and _dangling(ctx, case, spec, named) == []:
            names = ", ".join(f"{name}={value!r}" for (_, name), (_, value) in named.items())
            raise AssertionError(f"{where} answered 404, yet {names} names what exists (its list shows it)")
        return None
    if (op.response(404) or {}).get("description") == GAP_404:
        with _walks_lock:
            _gaps.append(f"{where} answered 404 where {'; '.join(dangling)}: the vendor does not document it")
    return None


@schemathesis.check
def wrong_secret_refused(ctx: CheckContext, response: Response, case: Case) -> bool | None:
    """Once per operation, a request the server accepted is sent again with the credential header
    built as the real one is but holding a wrong secret of the same shape; success means the server
    checks the credential's format, not its value (schemathesis's `ignored_auth` sends no credential
    or a malformed one, which such a server refuses for its shape)."""
    spec, op = _operation(case)
    token = os.environ.get(TOKEN_ENV, "")
    if op is None or not op.secured or not token or not _ok(response):
        return SKIPPED
    with _walks_lock:
        if _walks[(id(spec), op.id, "secret")]:
            return SKIPPED
        _walks[(id(spec), op.id, "secret")] += 1
    wrong = wrong_secret(token, seed=op.id)
    if wrong is None:
        return SKIPPED
    name, value = auth_header(spec, wrong)
    answer = seam.probe(ctx, case, case.operation, credentials=(name, value), **_parts(case))
    if _ok(answer):
        refusals = [status for status in ("401", "403") if status in op.responses]
        promise = f"the page documents {' or '.join(refusals)}" if refusals else "it must be refused"
        raise AssertionError(
            f"{case.method.upper()} {case.operation.path} answered {answer.status_code} to a wrong secret in "
            f"a well-formed {name} header (the real one's length and characters): {promise}"
        )
    return None


def _dangling(
    ctx: CheckContext, case: Case, spec: dict[str, Any], named: dict[tuple[str, str], tuple[Reference, Any]]
) -> list[str] | None:
    """What of `named` no list shows, read now; None when a list cannot be read."""
    dangling = []
    for (_, name), (ref, value) in named.items():
        found = existing_values(spec, ref, lambda path, query: _probe_json(ctx, case, path, query))
        if ApiModel.of(spec).by_id.get(ref.operation) is None or found is None:
            return None
        if str(value) not in {str(item) for item in found}:
            dangling.append(f"{name}={value!r} names no item {ref.operation} lists")
    return dangling


def _parts(case: Case) -> dict[str, Any]:
    """The parts of `case` a probe sends again unchanged."""
    parts = {"path_parameters": case.path_parameters, "query": case.query, "headers": case.headers}
    if not isinstance(case.body, NotSet):
        parts.update(body=case.body, media_type=case.media_type)
    return parts


def _probe_json(ctx: CheckContext, case: Case, path: str, query: dict[str, Any]) -> Any:
    answer = seam.probe(ctx, case, seam.sibling_operation(case, path, "GET"), query=query)
    return _json(answer) if _ok(answer) else None
