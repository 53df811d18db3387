"""Benchmark the generated client against raw httpx, and model parsing against json.loads alone.

    python scripts/bench_client.py [--rounds N] [--calls N] [--repeat N]

1. One call, WorkReduce `get_order`, through the functional module (`get_order.sync`) and through the
   facade (`client.orders.get`), each against `httpx.Client.get(...).json()` on the same connection
   pool, in interleaved rounds, two ways:
   - a bare server: a socket server in this process answering every request with the bytes the fake
     sent for that order, so the server's own cost is as small as it gets (goal: <= 1.05x);
   - httpx's `MockTransport` answering with the same bytes: no network at all, so the difference is
     the client's own work per call (goal: <= +30 us).
   The figure of a run is the median of the per-round ratios; each is run `--repeat` times (default 3)
   and the median of the runs is reported.
2. 1,000 WorkReduce orders: `json.loads` + `Order.from_dict` against `json.loads` alone, the same for a
   fast model library on the same data (pydantic; msgspec when installed), then a profile of where the
   generated models' parsing time goes.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import datetime
import json
import pstats
import socket
import socketserver
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from contract_tests.fake.serve import build_app, running
from contract_tests.openapi.loader import get_api

ROOT = Path(__file__).resolve().parent.parent

TOKEN = "bench-token"
Figures = dict[str, float]


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def interleaved(
    first: Callable[[], object], second: Callable[[], object], rounds: int, calls: int
) -> Figures:
    """Median time of each, and the median of per-round ratios of medians.

    Calls alternate one by one (first/second, then second/first), so drift in the server or the
    machine hits both sides alike; medians drop the outliers of a shared-process server.
    """
    a_all, b_all, ratios = [], [], []
    for _ in range(rounds):
        a_times, b_times = [], []
        for call in range(calls):
            if call % 2:
                b_times.append(timed(second))
                a_times.append(timed(first))
            else:
                a_times.append(timed(first))
                b_times.append(timed(second))
        a_all += a_times
        b_all += b_times
        ratios.append(statistics.median(a_times) / statistics.median(b_times))
    return {"a": statistics.median(a_all), "b": statistics.median(b_all), "ratio": statistics.median(ratios)}


def captured_order() -> tuple[str, bytes, list[tuple[str, str]]]:
    """An order's number and the exact body and headers the fake answers `get_order` with."""
    with running(build_app(get_api("workreduce"), token=TOKEN)) as url:
        headers = {"Authorization": TOKEN}
        with httpx.Client(base_url=url, headers=headers) as http:
            created = http.post("/v2/orders", data={"name": "bench", "task_type": "recon"})
            created.raise_for_status()
            number = created.json()["order_number"]
            answer = http.get(f"/v2/orders/{number}")
            answer.raise_for_status()
    kept = [(k, v) for k, v in answer.headers.items() if k.lower() in ("content-type", "content-length")]
    return number, answer.content, kept


class _CannedHandler(socketserver.StreamRequestHandler):
    """Answers every request on a kept-alive connection with the same bytes, reading nothing but headers."""

    def handle(self) -> None:
        answer: bytes = self.server.answer  # type: ignore[attr-defined]
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        while True:
            line = self.rfile.readline()
            if not line:
                return
            while line not in (b"\r\n", b"\n", b""):
                line = self.rfile.readline()
            self.wfile.write(answer)


@contextmanager
def bare_server(body: bytes, headers: list[tuple[str, str]]) -> Iterator[str]:
    head = "".join(f"{name}: {value}\r\n" for name, value in headers)
    answer = f"HTTP/1.1 200 OK\r\n{head}\r\n".encode() + body
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _CannedHandler)
    server.daemon_threads = True
    server.answer = answer  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def bench_call(rounds: int, calls: int) -> Figures:
    from workreduce_client import WorkReduceClient
    from workreduce_client.api.orders import get_order

    number, body, headers = captured_order()
    path = f"/v2/orders/{number}"
    figures: Figures = {}

    def mocked(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers=headers, content=body)

    with bare_server(body, headers) as bare_url:
        ways: list[tuple[str, str, httpx.BaseTransport]] = [
            ("bare", bare_url, httpx.HTTPTransport()),
            ("mock", "http://bench.invalid", httpx.MockTransport(mocked)),
        ]
        for way, url, pool in ways:
            client = WorkReduceClient(api_key=TOKEN, base_url=url, httpx_args={"transport": pool})
            raw = httpx.Client(base_url=url, transport=pool, headers={"Authorization": TOKEN}, timeout=30)

            def plain(raw: httpx.Client = raw) -> object:
                response = raw.get(path)
                response.raise_for_status()
                return response.json()

            sides: dict[str, Callable[[], object]] = {
                "functional": lambda client=client: get_order.sync(client=client, order_number=number),
            }
            if hasattr(client, "orders"):
                sides["facade"] = lambda client=client: client.orders.get(number)
            for name, side in sides.items():
                for _ in range(50):  # warm up both paths and the pool
                    side(), plain()
                result = interleaved(side, plain, rounds, calls)
                figures[f"{way} {name} ratio"] = result["ratio"]
                figures[f"{way} {name} us"] = result["a"] * 1e6
                figures[f"{way} raw us ({name})"] = result["b"] * 1e6
                figures[f"{way} {name} +us"] = (result["a"] - result["b"]) * 1e6
            if way == "bare":
                figures["bare noise ratio"] = interleaved(plain, plain, rounds, calls)["ratio"]
            raw.close()
            client.get_httpx_client().close()
    return figures


def orders_payload(count: int) -> bytes:
    import yaml

    spec = yaml.safe_load((ROOT / "specs" / "workreduce.yaml").read_text(encoding="utf-8"))
    example = spec["components"]["examples"]["Order00007847"]["value"]
    orders = []
    for index in range(count):
        order = copy.deepcopy(example)
        order["order_number"] = f"{index + 1:08d}"
        orders.append(order)
    return json.dumps(orders).encode()


def pydantic_orders() -> Callable[[bytes], object]:
    """The same Order schema as pydantic models (types as the generated ones: enum, datetimes)."""
    from pydantic import BaseModel, ConfigDict, TypeAdapter
    from workreduce_client.models import OrderStatus

    class Model(BaseModel):
        model_config = ConfigDict(extra="allow")

    class Note(Model):
        created_at: datetime.datetime
        text: str

    class Attachment(Model):
        created_at: datetime.datetime
        url: str

    class WorkRequest(Model):
        notes: list[Note]
        attachments: list[Attachment]

    class WorkResult(WorkRequest):
        total_billable_hours: float | None = None

    class Order(Model):
        account_name: str
        account_id: str
        order_number: str
        name: str
        status: OrderStatus
        created_at: datetime.datetime
        work_request: WorkRequest
        task_type: str
        task_type_category: str
        due_date: datetime.datetime | None = None
        activated_at: datetime.datetime | None = None
        completed_at: datetime.datetime | None = None
        requester_email: str | None = None
        team: str | None = None
        work_result: WorkResult | None = None

    adapter = TypeAdapter(list[Order])
    return adapter.validate_json


def msgspec_orders() -> Callable[[bytes], object] | None:
    try:
        import msgspec
    except ImportError:
        return None
    from workreduce_client.models import OrderStatus

    # defstruct with real types: this module's annotations are strings msgspec could not resolve here.
    stamp, text, maybe = datetime.datetime, str, (lambda kind: (kind | None, None))
    note = msgspec.defstruct("Note", [("created_at", stamp), ("text", text)])
    attachment = msgspec.defstruct("Attachment", [("created_at", stamp), ("url", text)])
    request_fields = [("notes", list[note]), ("attachments", list[attachment])]  # type: ignore[valid-type]
    work_request = msgspec.defstruct("WorkRequest", request_fields)
    work_result = msgspec.defstruct("WorkResult", [*request_fields, ("total_billable_hours", *maybe(float))])
    fields: list[Any] = [
        ("account_name", text),
        ("account_id", text),
        ("order_number", text),
        ("name", text),
        ("status", OrderStatus),
        ("created_at", stamp),
        ("work_request", work_request),
        ("task_type", text),
        ("task_type_category", text),
        ("due_date", *maybe(stamp)),
        ("activated_at", *maybe(stamp)),
        ("completed_at", *maybe(stamp)),
        ("requester_email", *maybe(text)),
        ("team", *maybe(text)),
        ("work_result", *maybe(work_result)),
    ]
    order = msgspec.defstruct("Order", fields)
    decoder = msgspec.json.Decoder(list[order])  # type: ignore[valid-type]
    return decoder.decode


def bench_parse(rounds: int) -> Figures:
    from workreduce_client.models import Order

    payload = orders_payload(1000)

    def loads() -> object:
        return json.loads(payload)

    libraries: dict[str, Callable[[], object]] = {
        "attrs (generated)": lambda: [Order.from_dict(item) for item in json.loads(payload)],
    }
    validate = pydantic_orders()
    libraries["pydantic"] = lambda: validate(payload)
    decode = msgspec_orders()
    if decode is not None:
        libraries["msgspec"] = lambda: decode(payload)
    figures: Figures = {"payload KiB": len(payload) / 1024}
    for name, parse in libraries.items():
        result = interleaved(parse, loads, rounds, 5)
        figures[f"parse {name} ms"] = result["a"] * 1e3
        figures[f"parse {name} ratio"] = result["ratio"]
    figures["parse json.loads ms"] = result["b"] * 1e3
    return figures


def profile_parse() -> None:
    from workreduce_client.models import Order

    data = json.loads(orders_payload(1000))
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(5):
        [Order.from_dict(item) for item in data]
    profile.disable()
    stats: Any = pstats.Stats(profile)
    total = sum(entry[2] for entry in stats.stats.values())
    print("where the generated models' parsing time goes (own time, top 8 of the from_dict profile):")
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:8]
    for (filename, _, function), (_, ncalls, own, *_rest) in rows:
        where = Path(filename).name if filename != "~" else "builtin"
        print(f"  {own / total:6.1%}  {ncalls:>7} calls  {where}:{function}")


def report(runs: list[Figures]) -> None:
    """Each figure's median over the runs, with every run's value beside it."""
    for name in runs[0]:
        values = [run[name] for run in runs]
        each = ", ".join(f"{value:.3f}" for value in values)
        print(f"  {name:<34} median {statistics.median(values):9.3f}   (runs: {each})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21, help="interleaved rounds (default 21)")
    parser.add_argument("--calls", type=int, default=100, help="calls per round (default 100)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of every figure (default 3)")
    parser.add_argument("--part", choices=("all", "call", "parse"), default="all", help="what to measure")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.calls < 1 or args.repeat < 1:
        parser.error("--rounds, --calls and --repeat must be at least 1")
    if args.part in ("all", "call"):
        runs = f"{args.rounds} rounds x {args.calls} calls, {args.repeat} runs"
        print(f"call get_order: {runs}; ratios are x raw httpx")
        print("  (bare: goal <= 1.05x; mock: '+us' is the client's own work per call, goal <= +30 us)")
        report([bench_call(args.rounds, args.calls) for _ in range(args.repeat)])
    if args.part in ("all", "parse"):
        print("parse 1,000 WorkReduce orders; ratios are x json.loads alone (goal for attrs: <= 3x)")
        report([bench_parse(args.rounds) for _ in range(args.repeat)])
        profile_parse()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
