"""The wire harness: make a documented call through a client facade and record what it puts on the wire.

A case's expectation is written from a vendor page (its `source` names the page and line), never read
from our specs: the request a client sends is compared with the request the vendor documents. No
server is involved: an httpx transport records the request and stops it before any network.
"""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import importlib
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx

__all__ = ["NO_BODY", "Expected", "Recorded", "WireCase", "record"]

NO_BODY: Any = None


@dataclass(frozen=True)
class Expected:
    """The request a vendor page documents, in the terms the comparison uses.

    `url` is scheme, host and raw path (percent-encoding as sent), without the query; `query` the
    decoded query as (name, value) pairs (order-insensitive, repeats kept); `content_type` the media type
    without parameters (None: no body sent); `body` parsed by that media type: JSON as Python values,
    a form as (name, value) pairs, multipart as {"fields": pairs, "files": [(field, file name, bytes)]},
    anything else as bytes.
    """

    method: str
    url: str
    authorization: str
    query: tuple[tuple[str, str], ...] = ()
    content_type: str | None = None
    body: Any = NO_BODY

    def __post_init__(self) -> None:
        object.__setattr__(self, "query", tuple(sorted(self.query)))  # order-insensitive, repeats kept


@dataclass(frozen=True)
class WireCase:
    """One documented request. `call(client)` makes it through the facade (sync or async client alike);
    `reading` says which reading of an ambiguous or wrong page the expectation takes, and why."""

    id: str
    api: str  # the client package, e.g. "outwork_client"
    operation: str  # the spec's operationId the call is expected to reach
    source: str  # "<page>:<line>" of the documented request
    client: dict[str, Any]  # constructor arguments (credential, server variables)
    call: Callable[[Any], Any]
    expected: Expected
    reading: str = ""


@dataclass(frozen=True)
class Recorded:
    """What the client sent, normalised as `Expected` describes."""

    method: str
    url: str
    authorization: str | None
    query: tuple[tuple[str, str], ...]
    content_type: str | None
    body: Any

    def as_expected(self) -> Expected:
        return Expected(
            self.method, self.url, self.authorization or "", self.query, self.content_type, self.body
        )


class _Stop(Exception):
    """Raised by the recording transport once it holds the request: nothing goes further."""


def _media(content_type: str | None) -> str | None:
    return content_type.split(";", 1)[0].strip().lower() if content_type else None


def _parse_body(content_type: str | None, raw: bytes) -> Any:
    if not raw:
        return NO_BODY
    media = _media(content_type)
    if media == "application/json":
        return json.loads(raw)
    if media == "application/x-www-form-urlencoded":
        return tuple(sorted(parse_qsl(raw.decode(), keep_blank_values=True)))
    if media == "multipart/form-data":
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + str(content_type).encode() + b"\r\n\r\n" + raw
        )
        fields: list[tuple[str, str]] = []
        files: list[tuple[str, str | None, bytes]] = []
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            payload = part.get_payload(decode=True)
            if part.get_filename() is None:
                fields.append((name, payload.decode()))
            else:
                files.append((name, part.get_filename(), payload))
        return {"fields": tuple(sorted(fields)), "files": tuple(files)}
    return raw


def _recorded(request: httpx.Request, raw: bytes) -> Recorded:
    path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    media = request.headers.get("content-type")
    return Recorded(
        method=request.method,
        url=f"{request.url.scheme}://{request.url.host}{path}",
        authorization=request.headers.get("authorization"),
        query=tuple(sorted(request.url.params.multi_items())),
        content_type=_media(media) if raw else None,
        body=_parse_body(media, raw),
    )


def _client_class(api: str, asynchronous: bool) -> type[Any]:
    package = importlib.import_module(api)
    names = [name for name in package.__all__ if name.endswith("Client") and not name.startswith("Base")]
    wanted = [name for name in names if name.startswith("Async") == asynchronous]
    (name,) = [n for n in wanted if getattr(package, n).__module__.endswith(".sdk")]
    return getattr(package, name)


def record(case: WireCase, *, asynchronous: bool) -> Recorded:
    """Make the case's call through the sync or async facade and return the request it sent."""
    seen: list[Recorded] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(_recorded(request, request.read()))
        raise _Stop

    async def ahandle(request: httpx.Request) -> httpx.Response:
        seen.append(_recorded(request, await request.aread()))
        raise _Stop

    transport = httpx.MockTransport(ahandle if asynchronous else handle)
    client = _client_class(case.api, asynchronous)(
        **case.client, max_retries=0, httpx_args={"transport": transport}
    )
    try:
        outcome = case.call(client)
        if inspect.isawaitable(outcome):
            asyncio.run(_awaited(outcome))
    except _Stop:
        pass
    if len(seen) != 1:
        raise AssertionError(f"{case.id}: the call sent {len(seen)} requests, not 1")
    return seen[0]


async def _awaited(outcome: Any) -> Any:
    try:
        return await outcome
    except _Stop:
        return None
