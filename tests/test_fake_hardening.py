"""The fakes as servers on a network: hostile input never gets a 5xx, big or slow bodies are refused
before they cost memory or block other clients, and every request's work is all or nothing.

The hostile corpus is kept in tests/hostile/<api>.json: each entry a request and why it is hostile.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from contract_tests.fake import engine, requests
from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import get_api
from contract_tests.openapi.model import auth_header

CORPUS = Path(__file__).parent / "hostile"
TOKEN = "hardening-token"


def _body(entry: dict) -> bytes:
    if "body_repeat" in entry:
        piece, times = entry["body_repeat"]
        return (piece * times).encode()
    if "body_hex" in entry:
        return bytes.fromhex(entry["body_hex"])
    if "body_template" in entry:
        piece, times = entry["fill"]
        return (entry["body_template"] % (piece * times)).encode()
    return entry.get("body", "").encode()


def _raw(url: str, request: bytes, read_all: bool = True) -> tuple[int, bytes]:
    """Send raw bytes, return (status, body): for requests no HTTP client would send."""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        length = next(
            (
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            ),
            0,
        )
        while read_all and len(body) < length:
            body += sock.recv(65536)
        return int(head.split(b" ")[1]), body


@pytest.mark.parametrize("api_name", sorted(p.stem for p in CORPUS.glob("*.json")))
def test_the_hostile_corpus_gets_no_5xx(api_name):
    api = get_api(api_name)
    name, value = auth_header(api.spec(), TOKEN)
    failures = []
    with running(build_app(api, token=TOKEN)) as url:
        for entry in json.loads((CORPUS / f"{api_name}.json").read_text()):
            body = _body(entry)
            headers = [f"{name}: {value}", "Host: test", "Connection: close"]
            if entry.get("content_type"):
                headers.append(f"Content-Type: {entry['content_type']}")
            headers.append(f"Content-Length: {entry.get('content_length', len(body))}")
            request = f"{entry['method']} {entry['path']} HTTP/1.1\r\n" + "\r\n".join(headers) + "\r\n\r\n"
            status, answer = _raw(url, request.encode() + body)
            expected = entry.get("expect")
            if status >= 500 or (expected and status != expected):
                failures.append(f"{entry['why']}: {status} {answer[:120]!r}")
    assert failures == [], "\n".join(failures)


def test_a_declared_body_over_the_cap_is_refused_before_it_is_sent():
    api = get_api("workato-platform")
    with running(build_app(api, token=TOKEN, max_body=1024)) as url:
        request = (
            f"POST /api/api_clients?project_id=1 HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {TOKEN}\r\n"
            "Content-Type: application/json\r\nContent-Length: 52428800\r\n\r\n"
        )
        status, body = _raw(url, request.encode())  # the 50 MB never follow
    assert status == 413 and json.loads(body)["message"].startswith("The body is larger than 1024 bytes")


def test_a_streamed_body_over_the_cap_is_refused_without_reading_it_all():
    api = get_api("workato-platform")
    with running(build_app(api, token=TOKEN, max_body=1024)) as url:

        def chunks():
            for _ in range(10_000):
                yield b"x" * 1024

        response = httpx.post(
            f"{url}/api/api_clients?project_id=1",
            content=chunks(),
            headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
        )
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("path", "auth", "status"),
    [("/no/such/path", True, 404), ("/api/api_clients?project_id=1", False, 401)],
)
def test_route_and_credentials_are_checked_before_the_body_is_read(path, auth, status):
    """Eight unauthenticated 50 MB bodies cost nothing: the answer comes before the body is sent."""
    with running(build_app(get_api("workato-platform"), token=TOKEN)) as url:
        header = f"Authorization: Bearer {TOKEN}\r\n" if auth else ""
        request = f"POST {path} HTTP/1.1\r\nHost: t\r\n{header}Content-Length: 52428800\r\n\r\n"
        assert {_raw(url, request.encode())[0] for _ in range(8)} == {status}


def test_a_body_that_never_arrives_is_cut_off_after_the_read_timeout():
    with running(build_app(get_api("workato-platform"), token=TOKEN, read_timeout=0.2)) as url:
        request = (
            f"POST /api/api_clients?project_id=1 HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {TOKEN}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"
        )
        status, _ = _raw(url, request.encode())
    assert status == 408


def test_bodies_are_parsed_and_validated_off_the_event_loop(monkeypatch):
    """No body, however large or nested, can hold the event loop: parsing runs on a worker thread."""
    loops = []
    real = requests.parse_json

    def spy(raw: bytes):
        try:
            loops.append(asyncio.get_running_loop())
        except RuntimeError:
            loops.append(None)
        return real(raw)

    monkeypatch.setattr(requests, "parse_json", spy)
    with running(build_app(get_api("workato-platform"), token=TOKEN)) as url:
        httpx.post(
            f"{url}/api/api_clients?project_id=1",
            json={"name": "x"},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
    assert loops == [None]


def test_the_token_is_compared_in_constant_time(monkeypatch):
    compared = []
    monkeypatch.setattr(engine.hmac, "compare_digest", lambda a, b: compared.append((a, b)) or a == b)
    with running(build_app(get_api("workato-platform"), token=TOKEN)) as url:
        assert (
            httpx.get(f"{url}/api/api_clients", headers={"Authorization": "Bearer nope"}).status_code == 401
        )
    assert compared == [(b"Bearer nope", f"Bearer {TOKEN}".encode())]


def test_a_client_that_disconnects_mid_body_is_not_logged_as_a_crash(caplog):
    with caplog.at_level(logging.ERROR), running(build_app(get_api("workato-platform"), token=TOKEN)) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port))) as sock:
            sock.sendall(
                f"POST /api/api_clients?project_id=1 HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {TOKEN}\r\n"
                "Content-Length: 1000\r\n\r\n{".encode()
            )
        time.sleep(0.3)
    assert [r for r in caplog.records if r.name.startswith("contract_tests")] == []


def test_responses_name_their_charset():
    with running(build_app(get_api("workato-platform"), token=TOKEN)) as url:
        response = httpx.get(f"{url}/api/api_clients", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.headers["content-type"] == "application/json; charset=utf-8"


def _create_orders(url: str, stop: float) -> None:
    with httpx.Client(base_url=url, headers={"Authorization": TOKEN}, timeout=2) as client:
        while time.monotonic() < stop:
            try:
                client.post("/v2/orders", data={"name": "n", "task_type": "recon"})
            except httpx.HTTPError:
                return


@pytest.mark.slow
def test_order_numbers_have_no_gaps_after_repeated_kill_9(tmp_path):
    """An id is allocated and its item stored in one transaction: a crash loses both or neither."""
    db = tmp_path / "orders.sqlite"
    env = {**os.environ, "WORKREDUCE_TOKEN": TOKEN}
    for _ in range(5):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "contract_tests",
                "serve",
                "workreduce",
                "--port",
                str(port),
                "--db",
                str(db),
            ],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{url}/v2/tasks", headers={"Authorization": TOKEN}, timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        writer = threading.Thread(target=_create_orders, args=(url, time.monotonic() + 0.6))
        writer.start()
        time.sleep(0.4)
        server.send_signal(signal.SIGKILL)
        server.wait()
        writer.join()
    with sqlite3.connect(db) as connection:
        numbers = sorted(
            int(key) for (key,) in connection.execute("SELECT key FROM items WHERE kind = '/v2/orders'")
        )
    assert numbers, "no order was created"
    assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def test_connections_over_the_cap_get_503_and_one_warning_each():
    warnings: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: warnings.append(record.getMessage())  # type: ignore[method-assign]
    app = build_app(get_api("workato-platform"), token=TOKEN)
    try:
        with running(app, max_connections=3) as url:
            # after uvicorn configured its logging; its own logger does not propagate to pytest's
            logging.getLogger("uvicorn.error").addHandler(handler)
            host, port = url.removeprefix("http://").split(":")
            held = [socket.create_connection((host, int(port))) for _ in range(2)]
            try:
                for sock in held:  # two requests in flight, their bodies still to come
                    head = f"POST /api/api_clients HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {TOKEN}\r\n"
                    sock.sendall(f"{head}Content-Length: 10\r\n\r\n".encode())
                time.sleep(0.2)
                status, _ = _raw(
                    url, b"GET /api/api_clients HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
                )
            finally:
                for sock in held:
                    sock.close()
    finally:
        logging.getLogger("uvicorn.error").removeHandler(handler)
    assert status == 503
    assert warnings == ["Exceeded concurrency limit."]


def test_files_under_the_tables_name_are_refused_naming_the_right_one():
    """The page's table calls the files `attachments`; the spec takes them as `attachments[]` and says so."""
    with running(build_app(get_api("workreduce"), token=TOKEN)) as url:
        response = httpx.post(
            f"{url}/v2/orders",
            headers={"Authorization": TOKEN},
            data={"name": "n", "task_type": "recon"},
            files={"attachments": ("a.png", b"PNG", "image/png")},
        )
    assert response.status_code == 400
    assert response.json()["errors"] == {
        "attachments": ["Files go in attachments[]; a part named attachments is refused."]
    }
