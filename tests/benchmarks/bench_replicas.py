"""Replicas benchmark: the calculator through HAProxy with 1 and 2 replicas on PostgreSQL, and 1 on SQLite.

Run: ``python tests/benchmarks/bench_replicas.py --db postgresql://... [--requests 600] [--concurrency 16] [--quick]
[--figures PATH]``. Needs ``/usr/sbin/haproxy``; the database's ``accord_agent_calculator`` schema is dropped
first. Prints one table: throughput, p50 and p95 latency of blocking ``SendMessage`` calls at the given
concurrency, and the ratios to one PostgreSQL replica; the machine's core count is printed beside it.

Every setup is the same ``accord serve calculator`` process (offline model) behind the same HAProxy config; with
SQLite the one replica keeps its tasks under its own data dir (group commit), with PostgreSQL every replica
shares the database (the SDK's cluster stores, one transaction per event, a lease per task).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from agents.storage import open_engine  # noqa: E402
from tests.benchmarks.figures import Figure, write_figures  # noqa: E402
from tests.replicas.cluster import HAPROXY, Cluster, accord, balancer  # noqa: E402
from tests.support.servers import free_port, stop_on_sigterm, wait_for_http  # noqa: E402

HEADERS = {"A2A-Version": "1.0", "Content-Type": "application/json"}


async def drop_schema(url: str) -> None:
    engine = open_engine(url)
    async with engine.begin() as conn:
        await conn.exec_driver_sql('DROP SCHEMA IF EXISTS "accord_agent_calculator" CASCADE')
    await engine.dispose()


async def load(url: str, requests: int, concurrency: int) -> tuple[float, list[float], int]:
    """Requests per second, each request's latency in ms, and the failures."""
    latencies: list[float] = []
    failures = 0
    numbers = list(range(requests))

    async def worker(http: httpx.AsyncClient) -> None:
        nonlocal failures
        while numbers:
            i = numbers.pop()
            message = {"messageId": uuid.uuid4().hex, "role": "ROLE_USER", "parts": [{"text": f"What is {i} * 7?"}]}
            body = {"jsonrpc": "2.0", "id": i, "method": "SendMessage", "params": {"message": message}}
            started = time.perf_counter()
            response = await http.post(f"{url}/", json=body, headers=HEADERS)
            latencies.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200 or "result" not in response.json():
                failures += 1

    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=concurrency)) as http:
        for _ in range(min(20, requests)):  # warm-up: connections, the model, the tool server
            numbers.append(-1)
        await asyncio.gather(*(worker(http) for _ in range(concurrency)))
        latencies.clear()
        failures = 0
        numbers.extend(range(requests))
        started = time.perf_counter()
        await asyncio.gather(*(worker(http) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return requests / elapsed, latencies, failures


def measure(root: Path, database: str | None, replicas: int, requests: int, concurrency: int):
    ports = [free_port() for _ in range(replicas)]
    cluster = Cluster(root, database or "")
    try:
        with balancer(root, {"calculator": ports}) as front:
            for port in ports:
                _serve(cluster, front["calculator"], port, database)
            return asyncio.run(load(front["calculator"], requests, concurrency))
    finally:
        cluster.stop_all()


def _serve(cluster: Cluster, public_url: str, port: int, database: str | None) -> None:
    if database is not None:
        cluster.replica("calculator", public_url=public_url, port=port)
        return
    data_dir = cluster.root / f"sqlite-{port}"
    args = ["serve", "calculator", "--port", str(port), "--public-url", public_url, "--data-dir", str(data_dir)]
    process = accord(args, env={"ACCORD_DATABASE_URL": ""}, log=cluster.root / f"sqlite-{port}.log")
    cluster.processes.append(process)
    wait_for_http(f"http://127.0.0.1:{port}/health", 60, process)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--db",
        default=os.environ.get("ACCORD_BENCH_POSTGRES_URL") or os.environ.get("ACCORD_TEST_POSTGRES_URL"),
        help="a PostgreSQL URL (default: ACCORD_BENCH_POSTGRES_URL, else ACCORD_TEST_POSTGRES_URL)",
    )
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--quick", action="store_true", help="200 requests per setup")
    parser.add_argument("--figures", help="write the figures as JSON to this path")
    args = parser.parse_args(argv)
    if not args.db:
        parser.error("give --db postgresql://... (or set ACCORD_BENCH_POSTGRES_URL)")
    if not HAPROXY.exists():
        parser.error(f"the replicas sit behind HAProxy, and there is none at {HAPROXY} (apt-get install haproxy)")
    requests = 200 if args.quick else args.requests
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, database, replicas in (
            ("PostgreSQL, 1 replica", args.db, 1),
            ("PostgreSQL, 2 replicas", args.db, 2),
            ("SQLite, 1 replica", None, 1),
        ):
            if database:
                asyncio.run(drop_schema(database))
            root = Path(tmp) / label.replace(" ", "").replace(",", "-")
            root.mkdir()
            rate, latencies, failures = measure(root, database, replicas, requests, args.concurrency)
            quantiles = statistics.quantiles(latencies, n=100)
            rows.append((label, rate, quantiles[49], quantiles[94], failures))
    base = rows[0][1]
    print(f"calculator through HAProxy, {requests} blocking SendMessage at concurrency {args.concurrency}")
    print(f"machine: {os.cpu_count()} cores (shared with whatever else runs)")
    print(f"{'setup':24} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'failed':>7} {'vs PG x1':>9}")
    figures = []
    for label, rate, p50, p95, failures in rows:
        print(f"{label:24} {rate:8.1f} {p50:8.1f} {p95:8.1f} {failures:7d} {rate / base:9.2f}")
        key = label.lower().replace(", ", "_").replace(" ", "_")
        figures += [
            Figure("replicas", f"{key}_throughput", rate, "req/s", "higher"),
            Figure("replicas", f"{key}_p95", p95, "ms", "lower"),
        ]
    if args.figures:
        write_figures(args.figures, figures)
    return 0 if all(row[4] == 0 for row in rows) else 1


if __name__ == "__main__":
    stop_on_sigterm()
    raise SystemExit(main())
