"""Benchmark the generated client against raw httpx, and model parsing against json.loads alone.

    python scripts/bench_client.py [--rounds N] [--calls N]

1. One call, `get_order.sync` (WorkReduce) against `httpx.Client.get(...).json()`, both on the same
   fake in this process and the same connection pool (one `httpx.HTTPTransport` under both), in
   interleaved rounds; the figure is the median of the per-round ratios (goal: <= 1.05x).
2. 1,000 WorkReduce orders: `json.loads` + `Order.from_dict` against `json.loads` alone, interleaved,
   median ratio; then a profile of the parsing saying where its time goes.
"""

from __future__ import annotations

import argparse
import copy
import cProfile
import json
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from contract_tests.fake.serve import build_app, running
from contract_tests.spec.loader import get_api

ROOT = Path(__file__).resolve().parent.parent

TOKEN = "bench-token"


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def interleaved(first: Callable[[], object], second: Callable[[], object], rounds: int, calls: int) -> dict:
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


def bench_call(rounds: int, calls: int) -> None:
    from workreduce_client import WorkReduceClient
    from workreduce_client.api.orders import create_order, get_order
    from workreduce_client.models import NewOrderForm

    with running(build_app(get_api("workreduce"), token=TOKEN)) as url:
        pool = httpx.HTTPTransport()
        client = WorkReduceClient(api_key=TOKEN, base_url=url, httpx_args={"transport": pool})
        raw = httpx.Client(base_url=url, transport=pool, headers={"Authorization": TOKEN}, timeout=30)
        created = create_order.sync(client=client, body=NewOrderForm(name="bench", task_type="recon"))
        number = created.order_number
        path = f"/v2/orders/{number}"

        def generated() -> object:
            return get_order.sync(client=client, order_number=number)

        def plain() -> object:
            response = raw.get(path)
            response.raise_for_status()
            return response.json()

        for _ in range(50):  # warm up both paths and the pool
            generated(), plain()
        result = interleaved(generated, plain, rounds, calls)
        control = interleaved(plain, plain, rounds, calls)
        raw.close()
    print(
        f"call   get_order: generated {result['a'] * 1e6:7.1f} us  raw httpx {result['b'] * 1e6:7.1f} us"
        f"  ratio {result['ratio']:.3f}x  (goal <= 1.05x; {rounds} rounds x {calls} calls each)"
    )
    print(f"       noise floor, raw httpx against itself: ratio {control['ratio']:.3f}x")


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


def bench_parse(rounds: int) -> None:
    from workreduce_client.models import Order

    payload = orders_payload(1000)

    def models() -> object:
        return [Order.from_dict(item) for item in json.loads(payload)]

    def loads() -> object:
        return json.loads(payload)

    result = interleaved(models, loads, rounds, 5)
    print(
        f"parse  1,000 orders ({len(payload) / 1024:.0f} KiB): json.loads + Order.from_dict"
        f" {result['a'] * 1e3:7.2f} ms  json.loads {result['b'] * 1e3:6.2f} ms"
        f"  ratio {result['ratio']:.1f}x"
    )
    data = json.loads(payload)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(5):
        [Order.from_dict(item) for item in data]
    profile.disable()
    stats = pstats.Stats(profile)
    total = sum(entry[2] for entry in stats.stats.values())  # type: ignore[attr-defined]
    print("where the parsing time goes (own time, top 8 of the from_dict profile):")
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:8]  # type: ignore[attr-defined]
    for (filename, _, function), (_, ncalls, own, *_rest) in rows:
        where = Path(filename).name if filename != "~" else "builtin"
        print(f"  {own / total:6.1%}  {ncalls:>7} calls  {where}:{function}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21, help="interleaved rounds (default 21)")
    parser.add_argument("--calls", type=int, default=100, help="calls per round (default 100)")
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.calls < 1:
        parser.error("--rounds and --calls must be at least 1")
    bench_call(args.rounds, args.calls)
    bench_parse(args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
