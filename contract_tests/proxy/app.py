"""The validating proxy: an ASGI app between any client and any server that passes every exchange
through unchanged and validates a copy of it against the spec (`validate.Validator`).

Bodies stream both ways: the proxy holds at most `max_held` bytes of each (enough to validate an
ordinary request or response; a larger body passes through whole and only its status and headers are
checked), so memory stays bounded whatever goes through. Nothing a client or the server sends makes
the proxy fail: an unreachable server is a 502 the proxy writes, and a body it cannot read is a
violation, not an exception.
"""

from __future__ import annotations

import threading
import zlib
from collections import Counter
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

from ..faults.injector import upstream_url
from ..openapi.loader import Api
from .validate import Exchange, Validator, Violation

__all__ = ["DEFAULT_MAX_HELD", "ValidatingProxy"]

DEFAULT_MAX_HELD = 1 << 20  # bytes of a body held to validate it
_KEPT_VIOLATIONS = 10_000  # violations kept with their text; beyond, only counted
# Headers that belong to one connection, not to the message (RFC 9110 section 7.6.1), and Host, which
# names the proxy on the way in and the server on the way out.
_HOP_BY_HOP = frozenset(
    {"connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host"}
)


class _Held:
    """The first `limit` bytes of a streamed body; `whole` says whether that was all of it."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.data = bytearray()
        self.whole = True

    def add(self, chunk: bytes) -> None:
        if not self.whole:
            return
        if len(self.data) + len(chunk) > self.limit:
            self.whole = False
            self.data = bytearray()
        else:
            self.data.extend(chunk)

    def body(self) -> bytes | None:
        return bytes(self.data) if self.whole else None


def _decoded(body: bytes | None, encoding: str, limit: int) -> bytes | None:
    """The held body without its Content-Encoding (gzip, deflate), at most `limit` bytes; None: unknown."""
    encoding = encoding.strip().lower()
    if body is None or encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "deflate", "x-gzip"):
        return None
    try:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, told apart
        data = inflater.decompress(body, limit)
        return None if inflater.unconsumed_tail else data
    except zlib.error:
        return None


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str:
    return next((v.decode("latin-1") for k, v in headers if k.lower() == name), "")


class ValidatingProxy:
    """ASGI app forwarding to `upstream`; each violation goes to `on_violation` and is kept."""

    def __init__(
        self,
        api: Api,
        upstream: str,
        on_violation: Callable[[Violation], None] = lambda violation: None,
        max_held: int = DEFAULT_MAX_HELD,
        timeout: float = 60.0,
    ) -> None:
        self.api = api
        self.upstream = upstream.rstrip("/")
        self.validator = Validator(api)
        self.on_violation = on_violation
        self.max_held = max_held
        self.timeout = timeout
        self.violations: list[Violation] = []
        self.violation_count = 0
        self.by_side: Counter[str] = Counter()
        self.exchanges: Counter[str] = Counter()
        self.upstream_errors = 0
        self._lock = threading.Lock()
        self._client: httpx.AsyncClient | None = None

    def _note(self, violations: list[Violation]) -> None:
        for violation in violations:
            with self._lock:
                self.violation_count += 1
                self.by_side[violation.side] += 1
                if len(self.violations) < _KEPT_VIOLATIONS:
                    self.violations.append(violation)
            self.on_violation(violation)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        if self._client is None:
            # One client per event loop (uvicorn's), made on its first request.
            self._client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False)
        held_request = _Held(self.max_held)

        async def request_body() -> AsyncIterator[bytes]:
            while True:
                message = await receive()
                if message["type"] != "http.request":
                    return
                chunk = message.get("body", b"")
                if chunk:
                    held_request.add(chunk)
                    yield chunk
                if not message.get("more_body"):
                    return

        headers = [(k, v) for k, v in scope["headers"] if k.lower().decode("latin-1") not in _HOP_BY_HOP]
        sends_body = any(k.lower() in (b"content-length", b"transfer-encoding") for k, _ in scope["headers"])
        try:
            url = upstream_url(self.upstream, scope)
            request = self._client.build_request(
                scope["method"], url, headers=headers, content=request_body() if sends_body else None
            )
            response = await self._client.send(request, stream=True)
        except (httpx.HTTPError, httpx.InvalidURL, ValueError) as exc:
            with self._lock:
                self.upstream_errors += 1
            message = f'{{"message": "the proxy could not reach the server: {type(exc).__name__}"}}'.encode()
            await _answer(send, 502, [(b"content-type", b"application/json")], message)
            return
        try:
            try:
                exchange, problems = self.validator.request(
                    scope["method"],
                    scope["path"],
                    (scope.get("query_string") or b"").decode("latin-1"),
                    _header(scope["headers"], b"content-type"),
                    held_request.body(),
                )
            except Exception as exc:  # no request may stop the traffic: it is reported
                label = f"{scope['method']} {scope['path']}"
                exchange = Exchange(label, None, {})
                problems = [Violation(label, "request", "validation_error", f"not validated: {exc!r:.200}")]
            await self._relay(response, exchange, problems, send)
        finally:
            await response.aclose()

    async def _relay(
        self, response: httpx.Response, exchange: Exchange, problems: list[Violation], send: Any
    ) -> None:
        out = [(k, v) for k, v in response.headers.raw if k.lower().decode("latin-1") not in _HOP_BY_HOP]
        await send({"type": "http.response.start", "status": response.status_code, "headers": out})
        held = _Held(self.max_held)
        try:
            async for chunk in response.aiter_raw():
                held.add(chunk)
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
        except httpx.HTTPError:
            problems.append(
                Violation(exchange.label, "response", "body_complete", "the server cut the body short")
            )
        await send({"type": "http.response.body", "body": b"", "more_body": False})
        body = _decoded(held.body(), response.headers.get("content-encoding", ""), self.max_held)
        try:
            problems += self.validator.response(
                exchange, response.status_code, response.headers.get("content-type", ""), body
            )
        except Exception as exc:  # no answer may stop the traffic: it is reported
            problems.append(
                Violation(exchange.label, "response", "validation_error", f"not validated: {exc!r:.200}")
            )
        with self._lock:
            self.exchanges[exchange.label] += 1
        self._note(problems)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()


async def _answer(send: Any, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers = [*headers, (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
