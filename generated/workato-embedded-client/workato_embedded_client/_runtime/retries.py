"""Retries with httpx-retries, in the transport, so sync and async clients share one policy.

Idempotent requests are retried on 429, 503, timeouts and connection errors; other methods only on 429
and 503, the statuses that prove the server did not process the request. Waits grow exponentially with full
jitter, `Retry-After` (seconds or an HTTP date) wins, and no wait exceeds `max_wait`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

from .errors import transport_error
from .transport import retry_after_seconds

__all__ = ("RetryPolicy", "RetryingTransport", "retry_after_seconds")

log = logging.getLogger(__name__.rsplit("._runtime", 1)[0])

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
NOT_PROCESSED = frozenset({429, 503})

# The waits go through these two names so a test can record them instead of sleeping.
pause = time.sleep
apause = asyncio.sleep


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry; `max_retries=0` turns retrying off."""

    max_retries: int = 2
    backoff: float = 0.5
    max_wait: float = 60.0
    jitter: float = 1.0


class _Retry(Retry):
    """httpx-retries' Retry, with the wait logged and taken through `pause` / `apause`."""

    def wait(self, outcome: httpx.Response | Exception) -> float:
        requested = None
        if isinstance(outcome, httpx.Response) and self.respect_retry_after_header:
            requested = retry_after_seconds(outcome.headers.get("Retry-After"))
        seconds = min(requested, self.max_backoff_wait) if requested else self.backoff_strategy()
        reason = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
        log.debug("retry %d of %d after %s in %.2fs", self.attempts_made, self.total, reason, seconds)
        return seconds

    def sleep(self, response: httpx.Response | Exception) -> None:
        seconds = self.wait(response)
        pause(seconds)
        self.elapsed_sleep += seconds

    async def asleep(self, response: httpx.Response | Exception) -> None:
        seconds = self.wait(response)
        await apause(seconds)
        self.elapsed_sleep += seconds


class RetryingTransport(RetryTransport):
    """Chooses, per request, the retry rules its method allows; a transport failure that outlives the
    retries leaves as `APIConnectionError` / `APITimeoutError`, with the request's credentials masked."""

    def __init__(
        self,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        auth_header: str = "Authorization",
    ) -> None:
        common: dict[str, Any] = {
            "total": policy.max_retries,
            "backoff_factor": policy.backoff,
            "max_backoff_wait": policy.max_wait,
            "backoff_jitter": policy.jitter,
            "status_forcelist": NOT_PROCESSED,
            "allowed_methods": ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "POST", "PATCH"],
        }
        super().__init__(transport, _Retry(**common))
        self.inner = transport
        self._auth_header = auth_header
        self._unsafe = _Retry(**common, retry_on_exceptions=())

    def _choose(self, request: httpx.Request) -> None:
        if request.method.upper() not in IDEMPOTENT:
            request.extensions.setdefault("retry", self._unsafe)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        try:
            return super().handle_request(request)
        except httpx.TransportError as exc:
            raise transport_error(exc, request, self._auth_header) from exc

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        try:
            return await super().handle_async_request(request)
        except httpx.TransportError as exc:
            raise transport_error(exc, request, self._auth_header) from exc
