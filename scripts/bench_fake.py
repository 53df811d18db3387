"""Benchmark a fake against a bare Starlette app sending the same bytes, and big stores against small.

    python scripts/bench_fake.py [--seconds 2] [--rounds 3] [--connections 8]

Each server runs in its own process under the same uvicorn settings; a light load generator (raw
HTTP/1.1 over keep-alive connections, in this process) counts responses per second. For each scenario
it prints the median throughput of the fake, of the bare app serving the bytes the fake sent for that
request, and their ratio; then the ratio of a WorkReduce list page with 10,000 orders stored to the same
page with 100. Rounds are interleaved so machine noise hits both sides alike.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator

TOKEN = "bench-token"
SCENARIOS = {
    # name: (api, path, orders to store first)
    "workreduce list (100 orders)": ("workreduce", "/v2/orders?limit=10", 100),
    "workreduce list (10,000 orders)": ("workreduce", "/v2/orders?limit=10", 10_000),
    "workreduce read one": ("workreduce", "/v2/orders/00007900", 100),
    "workreduce filtered list": ("workreduce", "/v2/orders?limit=10&status=Activated", 100),
    "workato list": ("workato-platform", "/api/api_endpoints?per_page=10&api_collection_id=1361", 0),
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(api_name: str, orders: int, port: int, bare_path: str | None) -> None:
    """The server process: the fake (with `orders` stored), or a bare app answering `bare_path`."""
    import uvicorn

    from contract_tests.fake.serve import build_app
    from contract_tests.openapi.loader import get_api

    app = build_app(get_api(api_name), token=TOKEN)
    if orders:
        with app.store.transaction():
            for number in range(7847, 7847 + orders):
                key = f"{number:08d}"
                order = {"order_number": key, "name": f"Order {number}", "status": "Activated"}
                order |= {"created_at": f"2026-01-01T00:00:{number % 60:02d}Z", "task_type": "recon"}
                app.store.insert("/v2/orders", key, order)
    target = app
    if bare_path is not None:
        from starlette.applications import Starlette
        from starlette.responses import Response
        from starlette.routing import Route

        body = sys.stdin.buffer.read()

        async def endpoint(request: object) -> Response:
            return Response(body, media_type="application/json")

        target = Starlette(routes=[Route(bare_path.split("?")[0], endpoint)])
    uvicorn.run(target, host="127.0.0.1", port=port, log_level="error", access_log=False)


@contextlib.contextmanager
def server(api_name: str, orders: int, bare: bytes | None = None, path: str = "") -> Iterator[int]:
    port = _free_port()
    args = [sys.executable, __file__, "--serve", api_name, str(orders), str(port)]
    if bare is not None:
        args.append(path)
    process = subprocess.Popen(args, stdin=subprocess.PIPE)
    if bare is not None and process.stdin:
        process.stdin.write(bare)
        process.stdin.close()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
                break
            time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _request(api_name: str, path: str) -> bytes:
    header = "Authorization: " + (TOKEN if api_name == "workreduce" else f"Bearer {TOKEN}")
    return f"GET {path} HTTP/1.1\r\nHost: bench\r\n{header}\r\n\r\n".encode()


async def _connection(port: int, request: bytes, until: float, counts: list[int]) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.monotonic() < until:
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length")
            )
            await reader.readexactly(length)
            counts[0] += 1
    finally:
        writer.close()


def throughput(port: int, request: bytes, seconds: float, connections: int) -> float:
    counts = [0]

    async def run() -> None:
        until = time.monotonic() + seconds
        await asyncio.gather(*(_connection(port, request, until, counts) for _ in range(connections)))

    started = time.monotonic()
    asyncio.run(run())
    return counts[0] / (time.monotonic() - started)


def fetch(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data:
            data += sock.recv(65536)
        head, _, body = data.partition(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
        while len(body) < length:
            body += sock.recv(65536)
        status = head.split(b" ", 2)[1]
        if status != b"200":
            raise SystemExit(f"the fake answered {status.decode()} to {request!r}: {body[:200]!r}")
        return body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    options = parser.parse_args()
    print("Fake vs bare Starlette sending the same bytes")
    print(f"(uvicorn, {options.connections} keep-alive connections, {options.seconds:g} s per measurement,")
    print(f"median of {options.rounds} interleaved rounds)")
    print(f"{'scenario':34} {'fake req/s':>11} {'bare req/s':>11} {'ratio':>7}")
    medians: dict[str, float] = {}
    for name, (api_name, path, orders) in SCENARIOS.items():
        request = _request(api_name, path)
        fake_runs, bare_runs = [], []
        with server(api_name, orders) as fake_port:
            body = fetch(fake_port, request)
            with server(api_name, 0, bare=body, path=path) as bare_port:
                for _ in range(options.rounds):
                    fake_runs.append(throughput(fake_port, request, options.seconds, options.connections))
                    bare_runs.append(throughput(bare_port, request, options.seconds, options.connections))
        fake, bare = statistics.median(fake_runs), statistics.median(bare_runs)
        medians[name] = fake
        print(f"{name:34} {fake:11.0f} {bare:11.0f} {fake / bare:7.2f}")
    big, small = medians["workreduce list (10,000 orders)"], medians["workreduce list (100 orders)"]
    print(
        f"\nA 10-order page with 10,000 orders stored: {big / small:.2f}x the speed with 100 (goal >= 0.90)."
    )
    print(json.dumps({"medians": medians}))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--serve":
        serve(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] if len(sys.argv) > 5 else None)
    else:
        main()
