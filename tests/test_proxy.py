"""The validating proxy: the project's clients through it against each fake with no violation, a
planted fault reported, traffic passed on byte for byte (large bodies streamed), hostile input
answered and survived, and the CLI's reports and exit code on SIGTERM."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from contract_tests.fake.serve import build_app, running
from contract_tests.faults import FAULTS, Injector
from contract_tests.openapi.loader import get_api
from contract_tests.proxy import ValidatingProxy

TOKEN = "proxy-test-token-5521"


@contextmanager
def proxied(api_name: str, fault: str | None = None, **options: Any) -> Iterator[tuple[str, ValidatingProxy]]:
    """A fake (behind `fault`, if named) and the validating proxy in front of it: (proxy URL, proxy)."""
    api = get_api(api_name)
    app = build_app(api, token=TOKEN)
    with running(Injector(app, api, FAULTS[fault]) if fault else app) as upstream:  # type: ignore[arg-type]
        proxy = ValidatingProxy(api, upstream, **options)
        with running(proxy, own_headers=False) as url:  # type: ignore[arg-type]
            yield url, proxy


def _workreduce(url: str) -> None:
    from workreduce_client import WorkReduceClient
    from workreduce_client.models import NewOrderMultipart
    from workreduce_client.types import File

    client = WorkReduceClient(api_key=TOKEN, base_url=url)
    shot = File(payload=io.BytesIO(b"\x89PNG..."), file_name="shot.png", mime_type="image/png")
    created = client.orders.create(
        body=NewOrderMultipart(name="QA screenshot", task_type="qa_screenshot", attachments=[shot])
    )
    client.orders.get(created.order_number)
    client.orders.list(limit=5)
    client.orders.cancel(created.order_number)
    client.tasks.list_types()


def _outwork(url: str) -> None:
    from outwork_client import OutworkClient

    client = OutworkClient(application_token=TOKEN, base_url=url)
    client.partner_types.list()


def _workato_platform(url: str) -> None:
    from workato_platform_client import WorkatoPlatformClient

    client = WorkatoPlatformClient(api_token=TOKEN, base_url=url)
    client.api_collections.list(per_page=100, page=1)
    list(client.api_collections.list_all())


def _workato_embedded(url: str) -> None:
    from workato_embedded_client import WorkatoEmbeddedClient
    from workato_embedded_client.models import CollaboratorInvitation, CustomerInput

    client = WorkatoEmbeddedClient(api_token=TOKEN, base_url=url)
    body = CustomerInput(name="Acme Widgets", notification_email="ops@acme.example", external_id="ACME-1")
    client.customers.create(body=body)
    invite = CollaboratorInvitation(name="Sam Park", email="sam@acme.example", role_name="Analyst")
    client.collaborators.invite("EACME-1", body=invite)
    client.members.list("EACME-1")


SCENARIOS: dict[str, Callable[[str], None]] = {
    "outwork": _outwork,
    "workreduce": _workreduce,
    "workato-platform": _workato_platform,
    "workato-embedded": _workato_embedded,
}


@pytest.mark.slow
@pytest.mark.parametrize("api", list(SCENARIOS))
def test_the_projects_client_through_the_proxy_breaks_nothing(api):
    with proxied(api) as (url, proxy):
        SCENARIOS[api](url)
    assert sum(proxy.exchanges.values()) >= 1
    assert proxy.violations == [], [v.line for v in proxy.violations]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("fault", "rule"),
    [("wrong_type", "response_schema_conformance"), ("undocumented_status", "status_documented")],
)
def test_a_planted_fault_is_reported(fault, rule):
    with proxied("workreduce", fault) as (url, proxy), pytest.raises(Exception):  # noqa: B017
        _workreduce(url)  # the client refuses the broken answer too
    assert any(v.rule == rule and v.side == "response" for v in proxy.violations), [
        v.line for v in proxy.violations
    ]


class _Digest:
    """An upstream that answers a request with the SHA-256 of its body (read whole first, as servers
    do), and GET /big with `size` bytes in chunks."""

    api = get_api("workreduce")

    def __init__(self, size: int) -> None:
        self.size = size

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        digest = hashlib.sha256()
        while True:
            message = await receive()
            digest.update(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = [(b"content-type", b"application/octet-stream"), (b"x-kept", b"yes")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        if scope["path"] != "/big":
            await send({"type": "http.response.body", "body": digest.digest()})
            return
        chunk = b"x" * 65536
        for _ in range(self.size // len(chunk)):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": b""})


@pytest.mark.slow
def test_large_bodies_pass_through_whole_both_ways_and_are_not_held():
    size = 16 << 20
    api = get_api("workreduce")
    with running(_Digest(size), own_headers=False) as upstream:  # type: ignore[arg-type]
        proxy = ValidatingProxy(api, upstream, max_held=1 << 20)
        with running(proxy, own_headers=False) as url:  # type: ignore[arg-type]
            sent = os.urandom(size)
            echoed = httpx.post(f"{url}/v2/orders", content=sent, timeout=60)
            big = httpx.get(f"{url}/big", timeout=60)
    assert echoed.content == hashlib.sha256(sent).digest()  # the server read the body the client sent
    # The server's headers and no others: this upstream sends no Date or Server, and nor does the proxy.
    assert echoed.headers["x-kept"] == "yes" and not {"server", "date"} & set(echoed.headers)
    assert len(big.content) == size
    # Too large to hold: only status and headers were checked (the Content-Type is undocumented).
    assert all("body" not in v.message for v in proxy.violations if v.rule == "request_valid")


HOSTILE = [
    ("POST", "/v2/orders", {"content-type": "application/json"}, b"{not json"),
    ("POST", "/v2/orders", {"content-type": "multipart/form-data; boundary=x"}, b"--x\r\ngarbage"),
    ("GET", "/v2/orders?limit=%ZZ&limit=-1&status[]=", {}, b""),
    ("GET", "/v2/orders/%00%ff..%2f", {}, b""),
    ("DELETE", "/" + "a" * 8000, {}, b""),
    ("PATCH", "/v2/tasks", {"content-type": "text/plain"}, "ü".encode() * 1000),
]


@pytest.mark.slow
def test_hostile_requests_are_answered_and_the_proxy_survives():
    with proxied("workreduce") as (url, proxy):
        for method, path, headers, body in HOSTILE:
            answer = httpx.request(
                method, url + path, headers={"authorization": TOKEN, **headers}, content=body
            )
            assert answer.status_code < 500, (method, path, answer.status_code, answer.text[:200])
        where = httpx.URL(url)
        with socket.create_connection((where.host, where.port)) as raw:
            raw.sendall(b"GET /v2/orders HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab")  # cut short
        still = httpx.get(f"{url}/v2/tasks", headers={"authorization": TOKEN})
    assert still.status_code == 200
    assert {v.side for v in proxy.violations} == {"request"}, [v.line for v in proxy.violations]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.slow
@pytest.mark.parametrize(("fault", "code"), [(None, 0), ("wrong_type", 1)])
def test_the_command_writes_its_reports_on_sigterm_and_exits_by_what_it_saw(tmp_path, fault, code):
    api = get_api("workreduce")
    app = build_app(api, token=TOKEN)
    with running(Injector(app, api, FAULTS[fault]) if fault else app) as upstream:  # type: ignore[arg-type]
        port = _free_port()
        command = [sys.executable, "-m", "contract_tests", "proxy", api.name, "--upstream", upstream]
        command += ["--port", str(port), "--report-dir", str(tmp_path)]
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            for _ in range(200):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                    break
                except OSError:
                    time.sleep(0.05)
            answer = httpx.get(f"http://127.0.0.1:{port}/v2/tasks", headers={"authorization": TOKEN})
            assert answer.status_code == 200
            child.send_signal(signal.SIGTERM)
            out, err = child.communicate(timeout=30)
        finally:
            child.kill()
    assert child.returncode == code, out + err
    assert "Traceback" not in err and TOKEN not in out + err
    assert "1 exchanges" in out
    lines = [json.loads(line) for line in (tmp_path / "violations.ndjson").read_text().splitlines()]
    assert bool(lines) is bool(fault)
    if fault:
        assert lines[0]["rule"] == "response_schema_conformance" and "violation: GET /v2/tasks" in err
    assert (tmp_path / "junit.xml").is_file() and "Validating proxy for workreduce" in (
        tmp_path / "summary.md"
    ).read_text()
    assert not [p for p in Path(tmp_path).iterdir() if TOKEN.encode() in p.read_bytes()]


def test_a_body_over_the_limit_is_dropped_not_held():
    from contract_tests.proxy.app import _Held

    held = _Held(10)
    held.add(b"12345")
    assert held.body() == b"12345"
    held.add(b"678901")  # 11 bytes: over the limit, nothing is kept from here on
    held.add(b"x")
    assert held.body() is None and len(held.data) == 0
