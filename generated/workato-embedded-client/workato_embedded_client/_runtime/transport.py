"""The transport under every client: debug logging of each attempt, over httpx's own transports.

Each attempt (retries included) is logged at DEBUG on the package's logger (e.g. `workreduce_client`)
as method, URL, status and duration, with credential headers redacted. Nothing is formatted unless
DEBUG is enabled for that logger.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

log = logging.getLogger(__name__.rsplit("._runtime", 1)[0])

REDACTED = "[redacted]"
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key", "api-key"})


def secret_headers(auth_header: str = "Authorization") -> frozenset[str]:
    """Lower-case names of the headers never shown: the usual ones plus the API's own credential header."""
    return SECRET_HEADERS | {auth_header.lower()}


def redacted_headers(headers: httpx.Headers, auth_header: str = "Authorization") -> dict[str, str]:
    hidden = secret_headers(auth_header)
    return {name: REDACTED if name.lower() in hidden else value for name, value in headers.items()}


class LoggingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Wraps a sync and an async transport; logs every request it sends when DEBUG is on."""

    def __init__(
        self,
        inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        verify: Any = True,
        auth_header: str = "Authorization",
    ) -> None:
        self.inner = inner  # as given, so a copy of the client (attrs.evolve) can wrap it afresh
        self._sync = inner if isinstance(inner, httpx.BaseTransport) else None
        self._async = inner if isinstance(inner, httpx.AsyncBaseTransport) else None
        self._verify = verify
        self._auth_header = auth_header

    @property
    def sync(self) -> httpx.BaseTransport:
        """httpx's transport, made on first use so a sync-only program never builds the async one."""
        if self._sync is None:
            self._sync = httpx.HTTPTransport(verify=self._verify)
        return self._sync

    @property
    def async_(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            self._async = httpx.AsyncHTTPTransport(verify=self._verify)
        return self._async

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not log.isEnabledFor(logging.DEBUG):
            return self.sync.handle_request(request)
        started = time.perf_counter()
        try:
            response = self.sync.handle_request(request)
        except Exception as exc:
            self._log(request, None, started, exc)
            raise
        self._log(request, response, started)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not log.isEnabledFor(logging.DEBUG):
            return await self.async_.handle_async_request(request)
        started = time.perf_counter()
        try:
            response = await self.async_.handle_async_request(request)
        except Exception as exc:
            self._log(request, None, started, exc)
            raise
        self._log(request, response, started)
        return response

    def _log(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        started: float,
        error: Exception | None = None,
    ) -> None:
        milliseconds = (time.perf_counter() - started) * 1000
        outcome = response.status_code if response is not None else type(error).__name__
        log.debug(
            "%s %s -> %s in %.1f ms; headers %s",
            request.method,
            request.url,
            outcome,
            milliseconds,
            redacted_headers(request.headers, self._auth_header),
        )

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


def retry_after_seconds(value: str | None) -> float | None:
    """`Retry-After` as seconds from now: a number of seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.replace(".", "", 1).isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
