"""Retries with httpx-retries, in the transport, so sync and async clients share one policy.

Idempotent requests are retried on 429, 503 and connection errors; other methods only on 429 and 503,
the statuses that prove the server did not process the request. Waits grow exponentially with full
jitter, `Retry-After` (seconds or an HTTP date) wins, and no wait exceeds `max_wait`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx
from httpx_retries import Retry, RetryTransport

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
    """Chooses, per request, the retry rules its method allows."""

    def __init__(
        self, transport: httpx.BaseTransport | httpx.AsyncBaseTransport, policy: RetryPolicy
    ) -> None:
        common = {
            "total": policy.max_retries,
            "backoff_factor": policy.backoff,
            "max_backoff_wait": policy.max_wait,
            "backoff_jitter": policy.jitter,
            "status_forcelist": NOT_PROCESSED,
            "allowed_methods": ["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "POST", "PATCH"],
        }
        super().__init__(transport, _Retry(**common))
        self.inner = transport
        self._unsafe = _Retry(**common, retry_on_exceptions=())

    def _choose(self, request: httpx.Request) -> None:
        if request.method.upper() not in IDEMPOTENT:
            request.extensions.setdefault("retry", self._unsafe)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return super().handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._choose(request)
        return await super().handle_async_request(request)
