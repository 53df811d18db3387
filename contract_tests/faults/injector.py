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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import quote

import httpx

from ..openapi.loader import Api
from ..openapi.model import ApiModel, Operation


@dataclass(frozen=True)
class RawCall:
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

    def with_header(self, name: str, value: str | None) -> RawCall:
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name.lower())
        return replace(self, headers=kept if value is None else (*kept, (name, value)))


@dataclass(frozen=True)
class RawReply:
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

    def with_json(self, data: Any, status: int | None = None) -> RawReply:
        body = json.dumps(data).encode()
        headers = tuple(
            (k, v) for k, v in self.headers if k.lower() not in ("content-length", "content-type")
        )
        headers += (("content-type", "application/json"), ("content-length", str(len(body))))
        return RawReply(status or self.status, headers, body)

    def with_header(self, name: str, value: str) -> RawReply:
        kept = tuple((k, v) for k, v in self.headers if k.lower() != name.lower())
        return replace(self, headers=(*kept, (name, value)))


Forward = Callable[[RawCall], Awaitable[RawReply]]
Plant = Callable[["Injector", RawCall, Forward], Awaitable[RawReply]]
Observable = Callable[[dict[str, Any]], str | None]


@dataclass(frozen=True)
class Planted:
    """One behaviour planted in front of a server: a fault (the suite must fail) or a liberty a
    conformant server may take (the suite must pass)."""

    name: str
    title: str
    plant: Plant
    unobservable: Observable  # the reason the spec gives no way to see (or take) it, else None


FAULTS: dict[str, Planted] = {}
LIBERTIES: dict[str, Planted] = {}


def _register(
    registry: dict[str, Planted], name: str, title: str, unobservable: Observable
) -> Callable[[Plant], Plant]:
    def register(plant: Plant) -> Plant:
        registry[name] = Planted(name, title, plant, unobservable)
        return plant

    return register


def fault(name: str, title: str, unobservable: Observable = lambda spec: None) -> Callable[[Plant], Plant]:
    """Register a fault class: the suite must fail against a server that has it."""
    return _register(FAULTS, name, title, unobservable)


def liberty(name: str, title: str, unobservable: Observable = lambda spec: None) -> Callable[[Plant], Plant]:
    """Register a liberty: a conformant server may take it, and the suite must still pass."""
    return _register(LIBERTIES, name, title, unobservable)


def not_applicable(fault_class: Planted, spec: dict[str, Any]) -> str | None:
    return fault_class.unobservable(spec)


class UnknownFault(ValueError):
    pass


def get_fault(name: str) -> Planted:
    """A fault class or a liberty, by name."""
    known = {**FAULTS, **LIBERTIES}
    if name not in known:
        raise UnknownFault(f"unknown fault {name!r}; choose from: {', '.join(known)}")
    return known[name]


async def read_body(receive: Any) -> bytes:
    """The whole request body of an ASGI request."""
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


class Injector:
    """ASGI middleware planting `fault` in every call with `app` (state kept across requests)."""

    def __init__(self, app: Any, api: Api, fault_class: Planted | str) -> None:
        self.app = app
        self.api = api
        self.fault = get_fault(fault_class) if isinstance(fault_class, str) else fault_class
        self.spec = api.spec()
        self.model = ApiModel.of(self.spec)
        self.state: dict[str, Any] = {}
        self.taken = 0  # how many calls the planted behaviour changed (a liberty never taken proves nothing)

    def operation(self, call: RawCall) -> Operation | None:
        """The operation a call hit, if any."""
        return self.model.at(call.template, call.method) if call.template else None

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body = await read_body(receive)
        template, params = self.model.route(scope["path"]) or (None, {})
        call = RawCall(
            method=scope["method"],
            path=scope["path"],
            query=scope.get("query_string", b"").decode("latin-1"),
            headers=tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]),
            body=body,
            template=template,
            params=params,
        )

        async def forward(call: RawCall) -> RawReply:
            return await call_asgi(self.app, scope, call)

        reply = await self.fault.plant(self, call, forward)
        await send(
            {
                "type": "http.response.start",
                "status": reply.status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers],
            }
        )
        await send({"type": "http.response.body", "body": reply.body})


async def call_asgi(app: Any, scope: dict[str, Any], call: RawCall) -> RawReply:
    """Run one buffered request through an ASGI app and buffer its reply."""
    inner = {
        **scope,
        "method": call.method,
        "path": call.path,
        # `path` is decoded: the raw path must escape what it holds (a `?`, a `%`), or the app reads it
        # as a query or a different path
        "raw_path": quote(call.path, safe="/:@!$&'()*+,;=-._~").encode(),
        "query_string": call.query.encode("latin-1"),
        "headers": [
            (k.lower().encode("latin-1"), v.encode("latin-1"))
            for k, v in call.headers
            if k.lower() != "content-length"
        ]
        + [(b"content-length", str(len(call.body)).encode())],
    }
    sent = False
    status, headers, chunks = 500, [], []

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": call.body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status = message["status"]
            headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in message.get("headers", [])]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(inner, receive, send)
    return RawReply(status, tuple(headers), b"".join(chunks))


# Characters kept as they are in a path or query; `%` keeps the client's own escapes.
_PATH_SAFE = "/:@!$&'()*+,;=-._~%"
_QUERY_SAFE = _PATH_SAFE + "?"


def upstream_url(base_url: str, scope: dict[str, Any]) -> str:
    """The URL at `base_url` for an ASGI request: its raw path and query, escaped only where they must
    be (a byte a URL cannot hold as is, once), so no path a client sends makes a proxy fail."""
    raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
    url = base_url + quote(bytes(raw_path), safe=_PATH_SAFE)
    if scope.get("query_string"):
        url += "?" + quote(bytes(scope["query_string"]), safe=_QUERY_SAFE)
    return url


class Upstream:
    """ASGI app forwarding every request to `base_url`: the injector as a reverse proxy.

    The path and query go on as the client sent them (`raw_path`, percent-escapes kept); any byte a
    URL cannot hold as is (a control character, a space, non-ASCII) is percent-encoded once, so no
    path the client could send makes the proxy itself fail.
    """

    HOP_BY_HOP = frozenset(
        {"host", "content-length", "transfer-encoding", "connection", "content-encoding", "keep-alive"}
    )

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.client = httpx.AsyncClient(timeout=60)

    def target(self, scope: dict[str, Any]) -> str:
        return upstream_url(self.base_url, scope)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = await read_body(receive)
        headers = [
            (k.decode("latin-1"), v.decode("latin-1"))
            for k, v in scope["headers"]
            if k.decode("latin-1").lower() not in self.HOP_BY_HOP
        ]
        try:
            response = await self.client.request(
                scope["method"], self.target(scope), headers=headers, content=body
            )
            status, content = response.status_code, response.content
            out = [(k, v) for k, v in response.headers.items() if k.lower() not in self.HOP_BY_HOP]
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
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
