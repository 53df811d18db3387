"""Measure a fake under hostile load: worst stall seen by a well-behaved client, and peak memory.

    python scripts/bench_hostile.py

Starts `contract-tests serve workreduce` in its own process. A probe sends a small GET every 10 ms and
records its latency while the hostile requests run: the hostile corpus of tests/hostile/, eight
concurrent 50 MB bodies, and eight unauthenticated 50 MB bodies to an unknown path. Prints the probe's
worst and median latency, each hostile request's status (no 5xx expected), and the server's peak
resident memory (VmHWM) against its memory at rest.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

TOKEN = "hostile-token"
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "hostile" / "workreduce.json"


def _memory(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) // 1024
    return 0


def _big(url: str, path: str, auth: bool, results: list[int]) -> None:
    header = f"Authorization: {TOKEN}\r\n" if auth else ""
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port))) as sock:
        size = 50 * 1024 * 1024
        sock.sendall(
            f"POST {path} HTTP/1.1\r\nHost: b\r\n{header}Content-Type: application/json\r\n".encode()
        )
        sock.sendall(b"Transfer-Encoding: chunked\r\n\r\n")  # no Content-Length: the cap must act mid-stream
        chunk = b"x" * (1024 * 1024)
        try:
            for _ in range(size // len(chunk)):
                sock.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass  # the server answered and closed early, as it should
        status = sock.recv(64).split(b" ")[1:2]
        results.append(int(status[0]) if status else 0)


def main() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "WORKREDUCE_TOKEN": TOKEN}
    server = subprocess.Popen(
        [sys.executable, "-m", "contract_tests", "serve", "workreduce", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(f"{url}/v2/tasks", headers={"Authorization": TOKEN})
                break
            except httpx.HTTPError:
                time.sleep(0.05)
        at_rest = _memory(server.pid, "VmRSS")
        latencies: list[float] = []
        done = threading.Event()

        def probe_loop() -> None:
            with httpx.Client(base_url=url, headers={"Authorization": TOKEN}) as client:
                while not done.is_set():
                    started = time.perf_counter()
                    client.get("/v2/tasks")
                    latencies.append(time.perf_counter() - started)
                    time.sleep(0.01)

        prober = threading.Thread(target=probe_loop)
        prober.start()
        statuses: list[int] = []
        with httpx.Client(base_url=url, headers={"Authorization": TOKEN}, timeout=60) as client:
            for entry in json.loads(CORPUS.read_text()):
                body = (
                    (entry["body_repeat"][0] * entry["body_repeat"][1])
                    if "body_repeat" in entry
                    else entry.get("body", "")
                )
                headers = {"Content-Type": entry["content_type"]} if entry.get("content_type") else {}
                statuses.append(
                    client.request(entry["method"], entry["path"], content=body, headers=headers).status_code
                )
        threads = [threading.Thread(target=_big, args=(url, "/v2/orders", True, statuses)) for _ in range(8)]
        threads += [
            threading.Thread(target=_big, args=(url, "/no/such/path", False, statuses)) for _ in range(8)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        time.sleep(0.2)
        done.set()
        prober.join()
        peak = _memory(server.pid, "VmHWM")
    finally:
        server.terminate()
        server.wait()
    print(f"hostile requests: {len(statuses)}, 5xx answers: {sum(s >= 500 for s in statuses)}")
    print(f"statuses: {sorted(set(statuses))}")
    median, worst = statistics.median(latencies) * 1000, max(latencies) * 1000
    print(f"probe latency: median {median:.1f} ms, worst {worst:.1f} ms")
    print(
        f"server memory: {at_rest} MB at rest, peak {peak} MB under 8 authorized and 8 anonymous 50 MB bodies"
    )


if __name__ == "__main__":
    main()
