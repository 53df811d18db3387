"""A fake that misbehaves on request: the first N requests get 429 or 5xx, then it behaves.

`contract-tests serve API --misbehave 429:3` (or `CONTRACT_FAKE_MISBEHAVE=503:2`) answers the first
three requests 429 with `Retry-After: 0` and the API's own error body, so clients' retries are tested
against a real server. `STATUS:COUNT:SECONDS` sets another `Retry-After`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

from starlette.responses import JSONResponse

from .engine import FakeApp

ENV_VAR = "CONTRACT_FAKE_MISBEHAVE"
_SHAPE = re.compile(r"(\d{3}):(\d+)(?::(\d+))?")


@dataclass(frozen=True)
class Misbehaviour:
    status: int
    count: int
    retry_after: int = 0

    @classmethod
    def parse(cls, text: str) -> Misbehaviour:
        """`STATUS:COUNT[:RETRY_AFTER]`; ValueError with the reason otherwise."""
        match = _SHAPE.fullmatch(text.strip())
        if not match:
            raise ValueError(f"{text!r} is not STATUS:COUNT[:RETRY_AFTER_SECONDS], e.g. 429:3 or 503:2:1")
        status, count, retry_after = int(match[1]), int(match[2]), int(match[3] or 0)
        if status != 429 and not 500 <= status <= 599:
            raise ValueError(f"status {status} is neither 429 nor a 5xx")
        if count < 1:
            raise ValueError("the count must be at least 1")
        return cls(status, count, retry_after)


class MisbehavingApp:
    """ASGI middleware over a FakeApp; counts every HTTP request, whatever its path."""

    def __init__(self, app: FakeApp, misbehaviour: Misbehaviour) -> None:
        self.app = app
        self.api = app.api
        self.misbehaviour = misbehaviour
        self.refused = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.refused >= self.misbehaviour.count:
            await self.app(scope, receive, send)
            return
        self.refused += 1
        status = self.misbehaviour.status
        body = self.app.fake.error_body(status, HTTPStatus(status).phrase, {})
        headers = {"Retry-After": str(self.misbehaviour.retry_after)}
        await JSONResponse(body, status_code=status, headers=headers)(scope, receive, send)
