"""The fault classes: each a small registered function that plants one contract fault.

Driven by the API's spec only: which field a response schema requires, which DELETE or update has a
GET on the same path, which POST links to a GET, which list is paginated, filtered or ordered.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ..openapi.model import (
    ApiModel,
    Operation,
    auth_header_name,
    deref,
    header_token,
    object_schema,
    per_spec,
    token_shape,
)
from ..openapi.refusals import undocumented_field, with_blame
from ..openapi.relations import (
    UPDATE_METHODS,
    CreateLink,
    cascade_reads,
    collection_listing,
    create_links,
    delete_paths,
    fill_path,
    filtered,
    items_path,
    listed_creates,
    listed_update,
    listed_updates,
    listings,
    no_cascade,
    ordered,
    page_items,
    paginated,
    update_paths,
)
from .injector import Forward, Injector, Observable, RawCall, RawReply, fault

# ---------------------------------------------------------------------------------------------
# Helpers shared by fault classes.


def _required_slots(
    spec: dict[str, Any], schema: Any, instance: Any
) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(object, required property, its schema) for required properties present in `instance`."""
    schema = deref(spec, schema or {})
    if isinstance(instance, dict):
        properties, required = object_schema(spec, schema)
        for name in required:
            if name in instance:
                yield instance, name, properties.get(name) or {}
    elif isinstance(instance, list) and instance and "items" in schema:
        yield from _required_slots(spec, schema["items"], instance[0])


def _schema_requires(spec: dict[str, Any], schema: Any, typed: bool, depth: int = 0) -> bool:
    schema = deref(spec, schema or {})
    if depth > 5 or not isinstance(schema, dict):
        return False
    if "items" in schema:
        return _schema_requires(spec, schema["items"], typed, depth + 1)
    properties, required = object_schema(spec, schema)
    return any(not typed or "type" in (properties.get(name) or {}) for name in required)


def _no_required_field(typed: bool) -> Observable:
    def reason(spec: dict[str, Any]) -> str | None:
        for op in ApiModel.of(spec).operations:
            for status in op.success_statuses:
                if _schema_requires(spec, op.json_schema(status), typed):
                    return None
        what = "a required field with a declared type" if typed else "a required field"
        return f"no success response schema has {what}"

    return reason


def _json_answer(injector: Injector, call: RawCall, reply: RawReply) -> tuple[Any, dict[str, Any]] | None:
    """The parsed body and documented schema of a successful JSON reply, else None."""
    op = injector.operation(call)
    if op is None or not reply.ok:
        return None
    schema = op.json_schema(reply.status)
    body = reply.json()
    return (body, schema) if schema is not None and body is not None else None


_WRONG_VALUES: tuple[tuple[frozenset[str], Any], ...] = (
    (frozenset({"integer", "number"}), 12345),
    (frozenset({"string"}), "not-the-declared-type"),
    (frozenset({"array"}), []),
    (frozenset({"object"}), {}),
)


async def _stale_reads(
    injector: Injector, call: RawCall, forward: Forward, methods: tuple[str, ...]
) -> RawReply:
    """Serve a resource's GET from a snapshot taken before a successful `methods` request changed it."""
    stale = injector.state.setdefault("stale", {})
    method = call.method.lower()
    if method == "get" and call.path in stale:
        return stale[call.path]
    if method in methods and call.template and injector.model.at(call.template, "get"):
        before = await forward(
            replace(call, method="GET", body=b"", query="").with_header("content-type", None)
        )
        reply = await forward(call)
        if reply.ok and before.ok:
            stale.setdefault(call.path, before)
        return reply
    return await forward(call)


# ---------------------------------------------------------------------------------------------
# The fault classes.


@fault("missing_required_field", "a response missing a required field", _no_required_field(typed=False))
async def missing_required_field(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    found = _json_answer(injector, call, reply)
    if found:
        body, schema = found
        for obj, name, _ in _required_slots(injector.spec, schema, body):
            del obj[name]
            return reply.with_json(body)
    return reply


@fault("wrong_type", "a field of the wrong type", _no_required_field(typed=True))
async def wrong_type(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    found = _json_answer(injector, call, reply)
    if found:
        body, schema = found
        for obj, name, prop in _required_slots(injector.spec, schema, body):
            types = prop.get("type")
            if not types:
                continue
            types = {types} if isinstance(types, str) else set(types)
            obj[name] = next(value for kinds, value in _WRONG_VALUES if not kinds & types)
            return reply.with_json(body)
    return reply


@fault(
    "undocumented_status",
    "an undocumented status code",
    lambda spec: (
        None
        if any(not op.documents(418) for op in ApiModel.of(spec).operations)
        else "every operation documents 4XX or default"
    ),
)
async def undocumented_status(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    op = injector.operation(call)
    if op is not None and reply.ok and not op.documents(418):
        return replace(reply, status=418)
    return reply


@fault("wrong_content_type", "a wrong Content-Type")
async def wrong_content_type(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    reply = await forward(call)
    if reply.ok and injector.operation(call) is not None:
        return reply.with_header("content-type", "text/plain; charset=utf-8")
    return reply


@fault("server_error", "a 5xx for some inputs")
async def server_error(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """A crash on one input in three (by the length of query and body), as a real bug would."""
    if injector.operation(call) is not None and (len(call.query) + len(call.body)) % 3 == 0:
        return RawReply(500, (), b"").with_json({"message": "Internal Server Error"})
    return await forward(call)


@fault(
    "credentials_ignored",
    "credentials ignored (no or wrong credentials still succeed)",
    lambda spec: None if auth_header_name(spec) else "the API declares no header credentials",
)
async def credentials_ignored(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """Requests without the credentials first seen to work are sent upstream with them."""
    name = str(auth_header_name(injector.spec))
    known = injector.state.get("credentials")
    sent = call.header(name)
    if known is not None and sent != known:
        return await forward(call.with_header(name, known))
    reply = await forward(call)
    if known is None and sent and reply.status not in (401, 403):
        injector.state["credentials"] = sent
    return reply


@fault(
    "wrong_secret_accepted",
    "a well-formed credential with a wrong secret accepted (only its format is checked)",
    lambda spec: None if auth_header_name(spec) else "the API declares no header credentials",
)
async def wrong_secret_accepted(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """A header in the vendor's format whose token has the shape of the one first seen to work
    (length, and letter case or digit at each place) is sent upstream with that one; no header, or
    a malformed one, is still refused, so `ignored_auth` cannot see it."""
    name = str(auth_header_name(injector.spec))
    known = injector.state.get("credentials")
    sent = call.header(name)
    token = header_token(injector.spec, sent) if sent else None
    shaped = token is not None and token_shape(token) == token_shape(
        str(header_token(injector.spec, known or ""))
    )
    if known is not None and sent != known and shaped:
        return await forward(call.with_header(name, known))
    reply = await forward(call)
    if known is None and token is not None and reply.status not in (401, 403):
        injector.state["credentials"] = sent
    return reply


@fault(
    "invalid_input_accepted",
    "invalid input accepted",
    lambda spec: (
        None
        if any(op.parameters or op.request_content for op in ApiModel.of(spec).operations)
        else "no operation takes input"
    ),
)
async def invalid_input_accepted(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """A 400/422 becomes the operation's documented success, with its documented example."""
    reply = await forward(call)
    op = injector.operation(call)
    if op is not None and reply.status in (400, 422) and op.success_statuses:
        status = op.success_statuses[0]
        return reply.with_json(op.example(status) or {}, int(status))
    return reply


@fault(
    "deleted_still_readable",
    "a deleted resource still readable",
    lambda spec: None if delete_paths(spec) else "no DELETE with a GET on the same path",
)
async def deleted_still_readable(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    return await _stale_reads(injector, call, forward, ("delete",))


@fault(
    "created_not_readable",
    "a created resource not readable",
    lambda spec: (
        None
        if create_links(spec) or listed_creates(spec)
        else "no POST links to a GET of what it created, and no POST to a list with x-resource-key"
    ),
)
async def created_not_readable(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """GETs of what a POST just created reply the GET's documented 404 (or a bare 404)."""
    hidden = injector.state.setdefault("hidden", set())
    if call.method.lower() == "get" and call.path in hidden:
        op = injector.operation(call)
        body = (op.example(404) or {}) if op and op.documents(404) else {"message": "Not Found"}
        return RawReply(404, (), b"").with_json(body)
    reply = _unlisted(injector, call, await forward(call))
    if call.method.lower() == "post" and reply.ok:
        body = reply.json()
        listing = listings(injector.spec).get(call.template or "")
        if listing is not None and isinstance(body, dict) and listing.key in body:
            injector.state.setdefault("unlisted", set()).add((listing.path, str(body[listing.key])))
        for link in create_links(injector.spec):
            if link.post_path == call.template and link.status == str(reply.status):
                try:
                    values = link.values(body, call.params)
                except (KeyError, IndexError, TypeError, ValueError):
                    continue
                hidden.add(fill_path(link.get_path, values))
    return reply


@fault(
    "page_size_ignored",
    "a list ignoring its page-size parameter",
    lambda spec: None if paginated(spec) else "no list operation declares x-pagination",
)
async def page_size_ignored(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """The page-size parameter is replaced by `max_size` (or dropped) before the server sees it."""
    op = injector.operation(call)
    paging = op.pagination if op else None
    if paging:
        query = [(k, v) for k, v in parse_qsl(call.query, keep_blank_values=True) if k != paging.size_param]
        if paging.max_size:
            query.append((paging.size_param, str(paging.max_size)))
        call = replace(call, query=urlencode(query))
    return await forward(call)


@fault(
    "filter_ignored",
    "a list ignoring its filters",
    lambda spec: None if filtered(spec) else "no list operation declares an x-filter parameter",
)
async def filter_ignored(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """The `x-filter` parameters are dropped before the server sees them."""
    op = injector.operation(call)
    if op is not None and op.filters:
        kept = [(k, v) for k, v in parse_qsl(call.query, keep_blank_values=True) if k not in op.filters]
        call = replace(call, query=urlencode(kept))
    return await forward(call)


def _list_reply(injector: Injector, call: RawCall, reply: RawReply) -> tuple[Any, list[Any]] | None:
    """(body, its items) of a successful list reply, else None; the items list is the body's own."""
    op = injector.operation(call)
    if op is None or op.method != "get" or not reply.ok:
        return None
    body = reply.json()
    items = page_items(body, items_path(injector.spec, op))
    return (body, items) if items is not None else None


@fault(
    "order_broken",
    "a list out of its documented order",
    lambda spec: None if ordered(spec) else "no list operation declares x-order",
)
async def order_broken(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """Every page of an ordered list comes back reversed."""
    reply = await forward(call)
    op = injector.operation(call)
    found = _list_reply(injector, call, reply) if op is not None and op.order else None
    if found is None:
        return reply
    body, items = found
    items.reverse()
    return reply.with_json(body)


@fault(
    "page_skips_items",
    "pages that skip an item",
    lambda spec: None if paginated(spec) else "no list operation declares x-pagination",
)
async def page_skips_items(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """Every page but the first loses its first item, as an off-by-one offset or cursor would."""
    reply = await forward(call)
    op = injector.operation(call)
    paging = op.pagination if op else None
    if paging is None:
        return reply
    query = dict(parse_qsl(call.query))
    if paging.style == "page":
        page = str(query.get(paging.page_param or "", ""))
        later = page.isdigit() and int(page) > paging.first_page  # a malformed page is the server's to refuse
    else:
        later = bool(query.get(paging.next_param or ""))
    found = _list_reply(injector, call, reply) if later else None
    if found is None or not found[1]:
        return reply
    body, items = found
    del items[0]
    return reply.with_json(body)


@fault(
    "update_not_applied",
    "an update reported as done but not applied",
    lambda spec: (
        None
        if update_paths(spec) or listed_updates(spec)
        else "no PUT/PATCH whose request fields reappear in a GET of the same path or its list"
    ),
)
async def update_not_applied(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """Reads after an update show the resource as it was before: its GET, or its item in the list."""
    listed = listed_update(injector.spec, call.template or "", call.method.lower())
    if listed is None:
        reply = await _stale_reads(injector, call, forward, UPDATE_METHODS)
        _remember_created(injector, call, reply)
        return _stale_items(injector, call, reply)
    listing, param, _ = listed
    reply = await forward(call)
    key = (listing.path, call.params.get(param))
    before = injector.state.setdefault("seen", {}).get(key)
    if reply.ok and before is not None:
        injector.state.setdefault("stale", {})[key] = before
    return reply


def _remember_created(injector: Injector, call: RawCall, reply: RawReply) -> None:
    """A POST to a list's path: its response is the item as first seen (the listed fields only)."""
    listing = listings(injector.spec).get(call.template or "")
    body = reply.json() if reply.ok and call.method.lower() == "post" else None
    if listing is not None and isinstance(body, dict) and listing.key in body:
        item = {name: value for name, value in body.items() if name in listing.fields}
        injector.state.setdefault("seen", {}).setdefault((listing.path, str(body[listing.key])), item)


ListedPage = tuple[Any, Any, list[Any]]  # (listing, body, the body's items)


def _listing_items(injector: Injector, call: RawCall, reply: RawReply) -> ListedPage | None:
    """(listing, body, its items) for a successful GET of a list with `x-resource-key`, else None."""
    listing = listings(injector.spec).get(call.template or "")
    if listing is None or call.method.lower() != "get" or not reply.ok:
        return None
    body = reply.json()
    items = listing.items(body)
    return (listing, body, items) if items is not None else None


def _unlisted(injector: Injector, call: RawCall, reply: RawReply) -> RawReply:
    """Drop from list pages the items a POST created (`created_not_readable` on list-only APIs)."""
    found = _listing_items(injector, call, reply)
    hidden = injector.state.get("unlisted", set())
    if found is None or not hidden:
        return reply
    listing, body, items = found
    items[:] = [i for i in items if (listing.path, str((i or {}).get(listing.key))) not in hidden]
    return reply.with_json(body)


def _stale_items(injector: Injector, call: RawCall, reply: RawReply) -> RawReply:
    """Remember listed items as first seen, and show updated ones as they were before the update."""
    found = _listing_items(injector, call, reply)
    if found is None:
        return reply
    listing, body, items = found
    seen, stale = injector.state.setdefault("seen", {}), injector.state.get("stale", {})
    for index, item in enumerate(items):
        if isinstance(item, dict):
            key = (listing.path, str(item.get(listing.key)))
            seen.setdefault(key, item)
            items[index] = stale.get(key, item)
    return reply.with_json(body)


@fault(
    "valid_input_refused",
    "a valid request refused for a reason the vendor does not give",
    lambda spec: (
        None
        if any(op.refusals for op in ApiModel.of(spec).operations)
        else "no operation documents a refusal of a valid request (x-refusals)"
    ),
)
async def valid_input_refused(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """Where the vendor documents refusing some valid requests, every request that would succeed is
    refused with that status instead, blaming a field no documented refusal names (as a server
    refusing IPv6 ranges, or a date form the page allows, would)."""
    reply = await forward(call)
    op = injector.operation(call)
    if op is None or not op.refusals or not reply.ok:
        return reply
    status = op.refusals[0].status
    body = op.example(status) or {"message": "Bad request"}
    name = undocumented_field(injector.spec, op)
    return reply.with_json(with_blame(injector.spec, op, status, body, name) if name else body, status)


# ---------------------------------------------------------------------------------------------
# What a resource's parents and actions promise: its tenant, what its deletion takes with it, what
# an action sets.


@per_spec
def _tenant_reads(spec: dict[str, Any]) -> list[tuple[str, CreateLink]]:
    """(tenant parameter, link) for each POST link to a GET that names the tenant (`x-tenant`)."""
    model = ApiModel.of(spec)
    found = []
    for link in create_links(spec):
        post = model.at(link.post_path, "post")
        for param in post.parameters if post else ():
            if param.tenant is not None and param.name in link.same:
                found.append((param.name, link))
    return found


def _segment(template: str, path: str, name: str) -> int | None:
    """Where parameter `name` sits among the segments of a concrete `path` of `template`."""
    segments = template.split("/")
    index = segments.index("{" + name + "}") if "{" + name + "}" in segments else None
    return index if index is not None and len(path.split("/")) == len(segments) else None


@fault(
    "child_under_other_parent",
    "a child readable under another parent (another tenant's path)",
    lambda spec: (
        None if _tenant_reads(spec) else "no POST under a tenant (x-tenant) links to a GET of what it made"
    ),
)
async def child_under_other_parent(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """A server that finds a child by its own id and never checks whose path it was asked under: a
    GET naming another tenant is served from the path of the tenant it was first read under."""
    owners: dict[tuple[str, str], str] = injector.state.setdefault("owners", {})
    reads = _tenant_reads(injector.spec)
    template, method = call.template or "", call.method.lower()
    for name, link in reads:
        where = _segment(template, call.path, name)
        if method != "get" or template != link.get_path or where is None:
            continue
        segments = call.path.split("/")
        rest = "/".join(s for i, s in enumerate(segments) if i != where)
        owner = owners.setdefault((template, rest), segments[where])
        if owner != segments[where]:
            segments[where] = owner
            return await forward(replace(call, path="/".join(segments)))
    return await forward(call)


@fault(
    "children_outlive_parent",
    "children of a deleted parent still readable",
    no_cascade,
)
async def children_outlive_parent(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """A server that deletes the parent's row alone: the lists below it (`x-cascade`) keep answering
    what they answered just before the deletion."""
    orphans: dict[str, RawReply] = injector.state.setdefault("orphans", {})
    if call.method.lower() == "get" and call.path in orphans:
        return orphans[call.path]
    op = injector.operation(call)
    if op is None or op.method != "delete" or not op.cascade:
        return await forward(call)
    before = {}
    for path, below in cascade_reads(injector.spec, op, call.path).items():
        read = replace(call, method="GET", path=path, body=b"", query="", template=below.path)
        answer = await forward(read.with_header("content-type", None))
        if answer.ok:
            before[path] = answer
    reply = await forward(call)
    if reply.ok:
        orphans.update(before)
    return reply


@per_spec
def _counterparts(spec: dict[str, Any]) -> dict[str, Operation]:
    """Per `x-toggle` action whose resource a read shows: the action on the same resource that sets
    the same field to another value (disable for enable, stop for start)."""
    ops = [op for op in ApiModel.of(spec).operations if op.toggle]
    return {
        op.id: other
        for op in ops
        for other in ops
        if other.path.rpartition("/")[0] == op.path.rpartition("/")[0]
        and op.toggle
        and other.toggle
        and other.toggle.field == op.toggle.field
        and other.toggle.value != op.toggle.value
        and _readable(spec, op.path.rpartition("/")[0])
    }


def _readable(spec: dict[str, Any], resource: str) -> bool:
    """Whether a read shows the resource at `resource`: its GET, else its collection's list."""
    if ApiModel.of(spec).at(resource, "get") is not None:
        return True
    return resource.endswith("}") and collection_listing(spec, resource.rpartition("/")[0]) is not None


@fault(
    "action_not_applied",
    "an action acknowledged but not applied",
    lambda spec: (
        None
        if _counterparts(spec)
        else "no action (x-toggle) on a resource a read shows has a counterpart setting its field back"
    ),
)
async def action_not_applied(injector: Injector, call: RawCall, forward: Forward) -> RawReply:
    """A successful action is undone at once by its counterpart (enable, then disable): the reply says
    done, a later read shows the field as the counterpart sets it."""
    op = injector.operation(call)
    back = _counterparts(injector.spec).get(op.id) if op else None
    reply = await forward(call)
    if back is not None and reply.ok:
        path = call.path.rpartition("/")[0] + "/" + back.path.rpartition("/")[2]
        await forward(replace(call, method=back.method.upper(), path=path, template=back.path))
    return reply
