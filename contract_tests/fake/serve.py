"""Running a fake: in the foreground for `contract-tests serve`, or on a background thread."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from ..openapi.loader import Api
from .apis import fake_for
from .engine import DEFAULT_MAX_BODY, DEFAULT_READ_TIMEOUT, FakeApp
from .misbehave import MisbehavingApp, Misbehaviour
from .store import Store

DEFAULT_TOKEN = "local-dev-token"


class ServeError(RuntimeError):
    """The server did not start listening; the message says where."""


def default_token(api: Api) -> str:
    """The token a fake accepts: `<API>_TOKEN` from the environment, else the local default."""
    return os.environ.get(api.token_env, DEFAULT_TOKEN)


def build_app(
    api: Api,
    *,
    token: str | None = None,
    db: str = ":memory:",
    max_body: int = DEFAULT_MAX_BODY,
    read_timeout: float = DEFAULT_READ_TIMEOUT,
    **settings: Any,
) -> FakeApp:
    store = Store(db)
    token = token or default_token(api)
    return FakeApp(api, fake_for(api), store, token, settings, max_body=max_body, read_timeout=read_timeout)


DEFAULT_MAX_CONNECTIONS = 512
"""Concurrent connections a fake serves; more get 503 and uvicorn's warning "Exceeded concurrency limit."
(one line each, rather than tracebacks when file descriptors run out)."""


def _server(
    app: FakeApp | MisbehavingApp,
    host: str,
    port: int,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    own_headers: bool = True,
) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        # off for a proxy, which passes on the server's own Date and Server headers unchanged
        server_header=own_headers,
        date_header=own_headers,
        log_level="warning",
        lifespan="off",
        access_log=False,
        limit_concurrency=max_connections,
        timeout_keep_alive=5,  # idle keep-alive connections are closed after 5 s
    )
    uvicorn_log = logging.getLogger("uvicorn.error")  # configured by uvicorn.Config just above
    if not any(isinstance(f, _CapWarningsOnly) for f in uvicorn_log.filters):
        uvicorn_log.addFilter(_CapWarningsOnly())
    return _Server(config)


class _Server(uvicorn.Server):
    """uvicorn's server, noticing that it should stop within 10 ms instead of 100: the kill and
    tolerance matrices start and stop a fake per cell, hundreds in a test run."""

    async def main_loop(self) -> None:
        counter = 0
        should_exit = await self.on_tick(counter)
        while not should_exit:
            counter = (counter + 1) % 864000
            await asyncio.sleep(0.01)
            should_exit = await self.on_tick(counter)


class _CapWarningsOnly(logging.Filter):
    """uvicorn's errors, and of its warnings only the connection cap's: malformed requests (which
    fuzzing sends by the hundred) already get their 400 and need no line each."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR or record.getMessage().startswith("Exceeded concurrency limit")


def serve_forever(
    app: FakeApp,
    host: str,
    port: int,
    announce: Any = print,
    misbehave: Misbehaviour | None = None,
    what: str | None = None,
) -> None:
    """Serve until Ctrl-C; uvicorn runs on a thread so the main thread owns the interrupt."""
    with running(app, host, port, misbehave=misbehave) as url:
        announce(f"Serving {what or f'the {app.api.name} fake'} at {url} (Ctrl-C to stop)")
        if misbehave:
            announce(
                f"The first {misbehave.count} request(s) get {misbehave.status}"
                f" with Retry-After: {misbehave.retry_after}"
            )
        announce(f"At most {DEFAULT_MAX_CONNECTIONS} concurrent connections; more get 503 with a warning")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            announce("Stopped.")


@contextmanager
def running(
    app: FakeApp,
    host: str = "127.0.0.1",
    port: int = 0,
    misbehave: Misbehaviour | None = None,
    max_connections: int = DEFAULT_MAX_CONNECTIONS,
    own_headers: bool = True,
) -> Iterator[str]:
    """Serve `app` in a daemon thread (port 0: a free one); yields its base URL.

    With `misbehave`, the first requests are refused (see contract_tests/misbehave.py); without
    `own_headers`, uvicorn adds no Date or Server header.
    """
    served = MisbehavingApp(app, misbehave) if misbehave else app
    server = _server(served, host, port, max_connections, own_headers)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise ServeError(f"the {app.api.name} fake could not listen on {host}:{port} (port in use?)")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = server.force_exit = True  # nothing waits on its open connections
        thread.join(timeout=10)
