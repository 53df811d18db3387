"""Fault injection: plant one class of contract fault in front of any server.

The suite is only worth running if a red run means a fault and a green run means none. `Injector` is
ASGI middleware that wraps any ASGI app — a bundled fake, or `Upstream`, a reverse proxy to a URL —
and plants one fault class. Fault classes are small registered functions (like schemathesis checks),
driven by the API's spec: which field a response schema requires, which DELETE or update has a GET
on the same path, which POST links to a GET, which list is paginated. A class that the spec gives no
way to observe says why, and is reported "n/a" with that reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx

from .semantics import (
    UPDATE_METHODS,
    create_links,
    delete_paths,
    fill_path,
    json_schema,
    listed_creates,
    listed_update,
    listed_updates,
    listings,
    operation_at,
    paginated,
    pointer,
    success_statuses,
    update_paths,
)
from .specs import Api, auth_scheme, deref, operations


@dataclass(frozen=True)
class Exchange:
    """One buffered request, and the spec operation it hit (if any)."""

    method: str
    path: str
    query: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    template: str | None = None
    params: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def with_header(self, name: str, value: str | None) -> Exchange:
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name.lower())
        return replace(self, headers=kept if value is None else (*kept, (name, value)))


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def with_json(self, data: Any, status: int | None = None) -> Answer:
        body = json.dumps(data).encode()
        headers = tuple(
            (k, v) for k, v in self.headers if k.lower() not in ("content-length", "content-type")
        )
        headers += (("content-type", "application/json"), ("content-length", str(len(body))))
        return Answer(status or self.status, headers, body)

    def with_header(self, name: str, value: str) -> Answer:
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name.lower())
        return replace(self, headers=(*kept, (name, value)))


Forward = Callable[[Exchange], Awaitable[Answer]]
Plant = Callable[["Injector", Exchange, Forward], Awaitable[Answer]]
Observable = Callable[[dict[str, Any]], str | None]


@dataclass(frozen=True)
class FaultClass:
    name: str
    title: str
    plant: Plant
    unobservable: Observable  # the reason the spec gives no way to see this fault, else None


FAULTS: dict[str, FaultClass] = {}


def fault(name: str, title: str, unobservable: Observable = lambda spec: None) -> Callable[[Plant], Plant]:
    def register(plant: Plant) -> Plant:
        FAULTS[name] = FaultClass(name, title, plant, unobservable)
        return plant

    return register


def not_applicable(fault_class: FaultClass, spec: dict[str, Any]) -> str | None:
    return fault_class.unobservable(spec)


class UnknownFault(ValueError):
    pass


def get_fault(name: str) -> FaultClass:
    if name not in FAULTS:
        raise UnknownFault(f"unknown fault {name!r}; choose from: {', '.join(FAULTS)}")
    return FAULTS[name]


class Injector:
    """ASGI middleware planting `fault` in every exchange with `app` (state kept across requests)."""

    def __init__(self, app: Any, api: Api, fault_class: FaultClass | str) -> None:
        self.app = app
        self.api = api
        self.fault = get_fault(fault_class) if isinstance(fault_class, str) else fault_class
        self.spec = api.spec()
        self.state: dict[str, Any] = {}
        self._routes = sorted(
            (
                (
                    path.count("{"),
                    re.compile("^" + re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"),
                    path,
                )
                for path in (self.spec.get("paths") or {})
            ),
            key=lambda route: route[0],
        )

    def operation(self, exchange: Exchange) -> dict[str, Any] | None:
        if exchange.template is None:
            return None
        return operation_at(self.spec, exchange.template, exchange.method.lower())

    def _route(self, path: str) -> tuple[str | None, dict[str, str]]:
        for _, pattern, template in self._routes:
            if match := pattern.match(path):
                return template, match.groupdict()
        return None, {}

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        template, params = self._route(scope["path"])
        exchange = Exchange(
            method=scope["method"],
            path=scope["path"],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]),
            body=body,
            template=template,
            params=params,
        )

        async def forward(ex: Exchange) -> Answer:
            return await call_asgi(self.app, scope, ex)

        answer = await self.fault.plant(self, exchange, forward)
        await send(
            {
                "type": "http.response.start",
                "status": answer.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in answer.headers],
            }
        )
        await send({"type": "http.response.body", "body": answer.body})


async def call_asgi(app: Any, scope: dict[str, Any], exchange: Exchange) -> Answer:
    """Run one buffered request through an ASGI app and buffer its answer."""
    inner = {
        **scope,
        "method": exchange.method,
        "path": exchange.path,
        "raw_path": exchange.path.encode(),
        "query_string": exchange.query.encode("latin-1"),
        "headers": [
            (k.lower().encode("latin-1"), v.encode("latin-1"))
            for k, v in exchange.headers
            if k.lower() != "content-length"
        ]
        + [(b"content-length", str(len(exchange.body)).encode())],
    }
    sent = False
    status, headers, chunks = 500, [], []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": exchange.body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = message["status"]
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in message.get("headers", [])]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(inner, receive, send)
    return Answer(status, tuple(headers), b"".join(chunks))


class Upstream:
    """ASGI app forwarding every request to `base_url`: the injector as a reverse proxy."""

    HOP_BY_HOP = frozenset(
        {"host", "content-length", "transfer-encoding", "connection", "content-encoding", "keep-alive"}
    )

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = httpx.AsyncClient(timeout=60)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        url = (
            self.base_url
            + scope["path"]
            + ("?" + scope["query_string"].decode() if scope["query_string"] else "")
        )
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in scope["headers"]
            if k.decode("latin-1").lower() not in self.HOP_BY_HOP
        ]
        try:
            response = await self.client.request(scope["method"], url, headers=headers, content=body)
            status, content = response.status_code, response.content
            out = [(k, v) for k, v in response.headers.items() if k.lower() not in self.HOP_BY_HOP]
        except httpx.HTTPError as exc:
            status, content = 502, json.dumps({"message": f"upstream unreachable: {exc}"}).encode()
            out = [("content-type", "application/json")]
        out.append(("content-length", str(len(content))))
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in out],
            }
        )
        await send({"type": "http.response.body", "body": content})


# ---------------------------------------------------------------------------------------------
# Helpers shared by fault classes.


def _required_slots(
    spec: dict[str, Any], schema: Any, instance: Any
) -> Iterator[tuple[dict[str, Any], str, dict[str, Any]]]:
    """(object, required property, its schema) for required properties present in `instance`."""
    schema = deref(spec, schema or {})
    for part in schema.get("allOf") or []:
        yield from _required_slots(spec, part, instance)
    if isinstance(instance, dict):
        properties = schema.get("properties") or {}
        for name in schema.get("required") or []:
            if name in instance:
                yield instance, name, deref(spec, properties.get(name) or {})
    elif isinstance(instance, list) and instance and "items" in schema:
        yield from _required_slots(spec, schema["items"], instance[0])


def _schema_requires(spec: dict[str, Any], schema: Any, typed: bool, depth: int = 0) -> bool:
    schema = deref(spec, schema or {})
    if depth > 5:
        return False
    if any(_schema_requires(spec, part, typed, depth + 1) for part in schema.get("allOf") or []):
        return True
    if "items" in schema:
        return _schema_requires(spec, schema["items"], typed, depth + 1)
    properties = schema.get("properties") or {}
    return any(
        not typed or "type" in deref(spec, properties.get(name) or {})
        for name in schema.get("required") or []
    )


def _no_required_field(typed: bool) -> Observable:
    def reason(spec: dict[str, Any]) -> str | None:
        for _, _, op in operations(spec):
            for status in success_statuses(op):
                if _schema_requires(spec, json_schema(spec, op, status), typed):
                    return None
        what = "a required field with a declared type" if typed else "a required field"
        return f"no success response schema has {what}"

    return reason


def _json_answer(injector: Injector, exchange: Exchange, answer: Answer) -> tuple[Any, dict[str, Any]] | None:
    """The parsed body and documented schema of a successful JSON answer, else None."""
    op = injector.operation(exchange)
    if op is None or not answer.ok:
        return None
    schema = json_schema(injector.spec, op, answer.status)
    body = answer.json()
    return (body, schema) if schema is not None and body is not None else None


_WRONG_VALUES: tuple[tuple[frozenset[str], Any], ...] = (
    (frozenset({"integer", "number"}), 12345),
    (frozenset({"string"}), "not-the-declared-type"),
    (frozenset({"array"}), []),
    (frozenset({"object"}), {}),
)


def _documented(op: dict[str, Any], status: int) -> bool:
    responses = {str(s) for s in op.get("responses") or {}}
    return bool({str(status), f"{str(status)[0]}XX", f"{str(status)[0]}xx", "default"} & responses)


def _example(spec: dict[str, Any], op: dict[str, Any], status: str) -> Any:
    content = (deref(spec, (op.get("responses") or {}).get(status) or {}).get("content") or {}).get(
        "application/json"
    ) or {}
    for example in (content.get("examples") or {}).values():
        return deref(spec, example).get("value")
    return content.get("example", {})


async def _stale_reads(
    injector: Injector, exchange: Exchange, forward: Forward, methods: tuple[str, ...]
) -> Answer:
    """Serve a resource's GET from a snapshot taken before a successful `methods` request changed it."""
    stale = injector.state.setdefault("stale", {})
    method = exchange.method.lower()
    if method == "get" and exchange.path in stale:
        return stale[exchange.path]
    if method in methods and exchange.template and operation_at(injector.spec, exchange.template, "get"):
        before = await forward(
            replace(exchange, method="GET", body=b"", query="").with_header("content-type", None)
        )
        answer = await forward(exchange)
        if answer.ok and before.ok:
            stale.setdefault(exchange.path, before)
        return answer
    return await forward(exchange)


# ---------------------------------------------------------------------------------------------
# The fault classes.


@fault("missing_required_field", "a response missing a required field", _no_required_field(typed=False))
async def missing_required_field(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    answer = await forward(exchange)
    found = _json_answer(injector, exchange, answer)
    if found:
        body, schema = found
        for obj, name, _ in _required_slots(injector.spec, schema, body):
            del obj[name]
            return answer.with_json(body)
    return answer


@fault("wrong_type", "a field of the wrong type", _no_required_field(typed=True))
async def wrong_type(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    answer = await forward(exchange)
    found = _json_answer(injector, exchange, answer)
    if found:
        body, schema = found
        for obj, name, prop in _required_slots(injector.spec, schema, body):
            types = prop.get("type")
            if not types:
                continue
            types = {types} if isinstance(types, str) else set(types)
            obj[name] = next(value for kinds, value in _WRONG_VALUES if not kinds & types)
            return answer.with_json(body)
    return answer


@fault(
    "undocumented_status",
    "an undocumented status code",
    lambda spec: (
        None
        if any(not _documented(op, 418) for _, _, op in operations(spec))
        else "every operation documents 4XX or default"
    ),
)
async def undocumented_status(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    answer = await forward(exchange)
    op = injector.operation(exchange)
    if op is not None and answer.ok and not _documented(op, 418):
        return replace(answer, status=418)
    return answer


@fault("wrong_content_type", "a wrong Content-Type")
async def wrong_content_type(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    answer = await forward(exchange)
    if answer.ok and injector.operation(exchange) is not None:
        return answer.with_header("content-type", "text/plain; charset=utf-8")
    return answer


@fault("server_error", "a 5xx for some inputs")
async def server_error(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    """A crash on one input in three (by the length of query and body), as a real bug would."""
    if injector.operation(exchange) is not None and (len(exchange.query) + len(exchange.body)) % 3 == 0:
        return Answer(500, (), b"").with_json({"message": "Internal Server Error"})
    return await forward(exchange)


def _auth_header_name(spec: dict[str, Any]) -> str | None:
    try:
        scheme = auth_scheme(spec)
    except (KeyError, ValueError):
        return None
    if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
        return str(scheme.get("name"))
    if scheme.get("type") == "http":
        return "Authorization"
    return None


@fault(
    "credentials_ignored",
    "credentials ignored (no or wrong credentials still succeed)",
    lambda spec: None if _auth_header_name(spec) else "the API declares no header credentials",
)
async def credentials_ignored(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    """Requests without the credentials first seen to work are sent upstream with them."""
    name = str(_auth_header_name(injector.spec))
    known = injector.state.get("credentials")
    sent = exchange.header(name)
    if known is not None and sent != known:
        return await forward(exchange.with_header(name, known))
    answer = await forward(exchange)
    if known is None and sent and answer.status not in (401, 403):
        injector.state["credentials"] = sent
    return answer


@fault(
    "invalid_input_accepted",
    "invalid input accepted",
    lambda spec: (
        None
        if any(op.get("parameters") or op.get("requestBody") for _, _, op in operations(spec))
        else "no operation takes input"
    ),
)
async def invalid_input_accepted(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    """A 400/422 becomes the operation's documented success, with its documented example."""
    answer = await forward(exchange)
    op = injector.operation(exchange)
    if op is not None and answer.status in (400, 422) and success_statuses(op):
        status = success_statuses(op)[0]
        return answer.with_json(_example(injector.spec, op, status), int(status))
    return answer


@fault(
    "deleted_still_readable",
    "a deleted resource still readable",
    lambda spec: None if delete_paths(spec) else "no DELETE with a GET on the same path",
)
async def deleted_still_readable(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    return await _stale_reads(injector, exchange, forward, ("delete",))


@fault(
    "created_not_readable",
    "a created resource not readable",
    lambda spec: (
        None
        if create_links(spec) or listed_creates(spec)
        else "no POST links to a GET of what it created, and no POST to a list with x-resource-key"
    ),
)
async def created_not_readable(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    """GETs of what a POST just created answer the GET's documented 404 (or a bare 404)."""
    hidden = injector.state.setdefault("hidden", set())
    if exchange.method.lower() == "get" and exchange.path in hidden:
        op = injector.operation(exchange) or {}
        body = _example(injector.spec, op, "404") if _documented(op, 404) else {"message": "Not Found"}
        return Answer(404, (), b"").with_json(body)
    answer = _unlisted(injector, exchange, await forward(exchange))
    if exchange.method.lower() == "post" and answer.ok:
        body = answer.json()
        listing = listings(injector.spec).get(exchange.template or "")
        if listing is not None and isinstance(body, dict) and listing.key in body:
            injector.state.setdefault("unlisted", set()).add((listing.path, str(body[listing.key])))
        for link in create_links(injector.spec):
            if link.post_path == exchange.template and link.status == str(answer.status):
                try:
                    values = {name: pointer(body, ref) for name, ref in link.parameters.items()}
                except (KeyError, IndexError, TypeError, ValueError):
                    continue
                hidden.add(fill_path(link.get_path, values))
    return answer


@fault(
    "page_size_ignored",
    "a list ignoring its page-size parameter",
    lambda spec: None if paginated(spec) else "no list operation declares x-pagination",
)
async def page_size_ignored(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    """The page-size parameter is replaced by `max_size` (or dropped) before the server sees it."""
    paging = (injector.operation(exchange) or {}).get("x-pagination")
    if paging:
        query = [
            (k, v) for k, v in parse_qsl(exchange.query, keep_blank_values=True) if k != paging["size_param"]
        ]
        if "max_size" in paging:
            query.append((paging["size_param"], str(paging["max_size"])))
        exchange = replace(exchange, query=urlencode(query))
    return await forward(exchange)


@fault(
    "update_not_applied",
    "an update reported as done but not applied",
    lambda spec: (
        None
        if update_paths(spec) or listed_updates(spec)
        else "no PUT/PATCH whose request fields reappear in a GET of the same path or its list"
    ),
)
async def update_not_applied(injector: Injector, exchange: Exchange, forward: Forward) -> Answer:
    """Reads after an update show the resource as it was before: its GET, or its item in the list."""
    listed = listed_update(injector.spec, exchange.template or "", exchange.method.lower())
    if listed is None:
        answer = await _stale_reads(injector, exchange, forward, UPDATE_METHODS)
        _remember_created(injector, exchange, answer)
        return _stale_items(injector, exchange, answer)
    listing, param, _ = listed
    answer = await forward(exchange)
    key = (listing.path, exchange.params.get(param))
    before = injector.state.setdefault("seen", {}).get(key)
    if answer.ok and before is not None:
        injector.state.setdefault("stale", {})[key] = before
    return answer


def _remember_created(injector: Injector, exchange: Exchange, answer: Answer) -> None:
    """A POST to a list's path: its response is the item as first seen (the listed fields only)."""
    listing = listings(injector.spec).get(exchange.template or "")
    body = answer.json() if answer.ok and exchange.method.lower() == "post" else None
    if listing is not None and isinstance(body, dict) and listing.key in body:
        item = {name: value for name, value in body.items() if name in listing.fields}
        injector.state.setdefault("seen", {}).setdefault((listing.path, str(body[listing.key])), item)


ListedPage = tuple[Any, Any, list[Any]]  # (listing, body, the body's items)


def _listing_items(injector: Injector, exchange: Exchange, answer: Answer) -> ListedPage | None:
    """(listing, body, its items) for a successful GET of a list with `x-resource-key`, else None."""
    listing = listings(injector.spec).get(exchange.template or "")
    if listing is None or exchange.method.lower() != "get" or not answer.ok:
        return None
    body = answer.json()
    items = listing.items(body)
    return (listing, body, items) if items is not None else None


def _unlisted(injector: Injector, exchange: Exchange, answer: Answer) -> Answer:
    """Drop from list pages the items a POST created (`created_not_readable` on list-only APIs)."""
    found = _listing_items(injector, exchange, answer)
    hidden = injector.state.get("unlisted", set())
    if found is None or not hidden:
        return answer
    listing, body, items = found
    items[:] = [i for i in items if (listing.path, str((i or {}).get(listing.key))) not in hidden]
    return answer.with_json(body)


def _stale_items(injector: Injector, exchange: Exchange, answer: Answer) -> Answer:
    """Remember listed items as first seen, and show updated ones as they were before the update."""
    found = _listing_items(injector, exchange, answer)
    if found is None:
        return answer
    listing, body, items = found
    seen, stale = injector.state.setdefault("seen", {}), injector.state.get("stale", {})
    for index, item in enumerate(items):
        if isinstance(item, dict):
            key = (listing.path, str(item.get(listing.key)))
            seen.setdefault(key, item)
            items[index] = stale.get(key, item)
    return answer.with_json(body)
