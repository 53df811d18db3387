"""The engine behind every reference fake: an ASGI app serving one API from its spec.

Routes, parameters and body validation come from the spec, prepared once at start-up; the generic
resource behaviour (`generic.py`) serves what the spec declares, and the API's vendor module
(`apis/<api>.py`) adds what the vendor does beyond it. Order of work per request, cheapest refusal
first: route (404/405), credentials (401/403), declared body size (413), then the body is read with a
cap and a read timeout, parsed, validated (400), and the work runs on a worker thread in one store
transaction, so a slow request never stalls the event loop. Nothing a client sends reaches a hook
unvalidated, and nothing a hook raises escapes as a traceback or a 5xx of the fake's own making.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import anyio.to_thread
from starlette.requests import ClientDisconnect

from ..openapi.loader import Api
from ..openapi.model import ApiModel, auth_header
from .generic import Resources
from .hooks import Call, Fake, Problem, Reply
from .requests import PathNotFound, Prepared
from .store import Store

__all__ = ["DEFAULT_MAX_BODY", "DEFAULT_READ_TIMEOUT", "FakeApp", "UnservableSpec"]

log = logging.getLogger("contract_tests.fake")
DEFAULT_MAX_BODY = 10 * 1024 * 1024  # bytes; `serve --max-body` changes it
DEFAULT_READ_TIMEOUT = 10.0  # seconds to wait for the next piece of a declared body
CONTENT_TYPE = "application/json; charset=utf-8"
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]


class UnservableSpec(RuntimeError):
    """The fake cannot serve its spec (an operation nothing serves, a hook for no operation)."""


@dataclass(frozen=True)
class _Route:
    template: str
    pattern: re.Pattern[str]
    methods: dict[str, Prepared]


class FakeApp:
    """ASGI app serving one API's fake."""

    def __init__(
        self,
        api: Api,
        fake: Fake,
        store: Store,
        token: str,
        settings: dict[str, Any] | None = None,
        *,
        max_body: int = DEFAULT_MAX_BODY,
        read_timeout: float = DEFAULT_READ_TIMEOUT,
    ) -> None:
        self.api, self.fake, self.store = api, fake, store
        self.settings = settings or {}
        self.max_body, self.read_timeout = max_body, read_timeout
        # python-multipart logs every malformed part it rejects; the client gets a 400 instead.
        logging.getLogger("python_multipart").setLevel(logging.ERROR)
        spec = api.spec()
        model = ApiModel.of(spec)
        self.resources = Resources(spec, model, fake)
        unserved = self.resources.unserved()
        if unserved:
            raise UnservableSpec(
                f"the {api.name} fake serves no behaviour for: {', '.join(sorted(unserved))}"
            )
        unknown = fake.hooked() - set(model.by_id)
        if unknown:
            raise UnservableSpec(
                f"the {api.name} fake has hooks for unknown operations: {', '.join(sorted(unknown))}"
            )
        self.auth_name, expected = auth_header(spec, token)
        self.auth_name = self.auth_name.lower().encode("latin-1")
        self._expected = expected.encode("latin-1")
        self.model = model
        self._routes = self._compile(spec, model)
        # Generic lists and reads change nothing: served without a transaction, and inline when bodyless.
        self._reads = {
            op_id
            for op_id, plan in self.resources.plans.items()
            if plan.role in ("list", "read") and op_id not in fake.handlers
        }
        self.resources.prepare(store)
        if store.is_empty():
            with store.transaction():
                self.resources.seed(store, self.settings)

    @staticmethod
    def _compile(spec: dict[str, Any], model: ApiModel) -> list[_Route]:
        """A route per path template, in the model's matching order (literal paths first)."""
        by_path: dict[str, dict[str, Prepared]] = {path: {} for path in model.paths}
        for op in model.operations:
            by_path[op.path][op.method.upper()] = Prepared.build(spec, op)
        return [_Route(path, model.patterns[path], methods) for path, methods in by_path.items()]

    async def __call__(self, scope: dict[str, Any], receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        try:
            reply = await self._handle(scope, receive)
        except Problem as problem:
            reply = self.error(problem.status, problem.message, problem.fields)
            reply.headers.update(problem.headers)
        except PathNotFound as missing:
            reply = self.error(404, str(missing))
        except ClientDisconnect:
            return  # nobody is left to answer
        except Exception:
            log.exception("fake %s failed on %s %s", self.api.name, scope.get("method"), scope.get("path"))
            reply = self.error(500, "Internal Server Error")
        await self._send(send, reply)

    def error(self, status: int, message: str, fields: dict[str, list[str]] | None = None) -> Reply:
        return Reply(status, self.fake.error_body(status, message, fields or {}))

    @staticmethod
    async def _send(send: Send, reply: Reply) -> None:
        body = b"" if reply.body is None else json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
        headers = [(b"content-length", str(len(body)).encode())]
        if reply.body is not None:
            headers.append((b"content-type", CONTENT_TYPE.encode()))
        headers += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in reply.headers.items()]
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _route(self, method: str, path: str) -> tuple[Prepared, dict[str, str]]:
        allowed: set[str] = set()
        for route in self._routes:
            match = route.pattern.match(path)
            if match is None:
                continue
            if method in route.methods:
                return route.methods[method], match.groupdict()
            allowed |= set(route.methods)
            if "{" not in route.template:  # `/things/usage` is not `/things/{id}`, whatever the method
                break
        if allowed:
            raise Problem(405, "Method Not Allowed", headers={"Allow": ", ".join(sorted(allowed))})
        raise Problem(404, "Not Found")

    async def _handle(self, scope: dict[str, Any], receive: Receive) -> Reply:
        raw_path = scope.get("raw_path") or scope["path"].encode("utf-8")
        path = raw_path.decode("latin-1").split("?", 1)[0]
        prepared, path_values = self._route(scope["method"], path)
        headers = dict(scope.get("headers") or [])
        if not hmac.compare_digest(headers.get(self.auth_name, b""), self._expected):
            status = (
                401 if prepared.operation.documents(401) or not prepared.operation.documents(403) else 403
            )
            raise Problem(status, "Unauthorized")
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            raise Problem(413, f"The body is larger than {self.max_body} bytes")
        query = scope.get("query_string", b"").decode("latin-1")
        content_type = headers.get(b"content-type", b"").decode("latin-1")
        if declared in (None, b"0") and b"transfer-encoding" not in headers:
            if prepared.operation.id in self._reads:  # no body, a few indexed rows: cheaper than a thread hop
                return self._work(prepared, path_values, query, content_type, b"")
            raw = b""
        else:
            raw = await self._read_body(receive)
        return await anyio.to_thread.run_sync(self._work, prepared, path_values, query, content_type, raw)

    def _work(
        self, prepared: Prepared, path_values: dict[str, str], query: str, content_type: str, raw: bytes
    ) -> Reply:
        """Parse, validate and serve, on a worker thread: no body, however hostile, holds the event loop."""
        errors: dict[str, list[str]] = {}
        path_params, query_params = prepared.parameters_from(path_values, query, errors)
        body, files = prepared.body_from(content_type, raw, errors)
        if errors:
            raise Problem(400, "Bad Request", errors)
        call = Call(
            operation=prepared.operation,
            path=path_params,
            query=query_params,
            body=body,
            files=files,
            store=self.store,
            settings=self.settings,
            now=self.fake.now,
        )
        if call.operation_id in self._reads:
            with self.store.reading():
                return self.resources.serve(call)
        with self.store.transaction():
            return self.resources.serve(call)

    async def _read_body(self, receive: Receive) -> bytes:
        chunks, size = [], 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), self.read_timeout)
            except TimeoutError:
                raise Problem(408, "The body did not arrive in time") from None
            if message["type"] == "http.disconnect":
                raise ClientDisconnect()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                raise Problem(413, f"The body is larger than {self.max_body} bytes")
            chunks.append(chunk)
            if not message.get("more_body"):
                return b"".join(chunks)
