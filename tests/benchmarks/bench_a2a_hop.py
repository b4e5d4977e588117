"""One A2A hop: accord's calculator agent against a raw a2a-sdk echo agent, in the same run.

Both servers run as their own uvicorn processes on loopback; one a2a-sdk client drives them. The raw agent runs
with the SDK's defaults; ``accord serve`` switches off the SDK's own per-call OpenTelemetry spans when no traces
are exported (``OTEL_INSTRUMENTATION_A2A_SDK_ENABLED=false``), so a second raw agent runs with that switch too and
the ratios to it are printed beside the goal's (the goals are against the SDK's defaults). For each agent:
500 sequential requests (p50/p95) and 2,000 at concurrency 16 (throughput), once for a request that needs no
tool call and once for a request that makes one tool call (the raw echo agent has no tools, so its one number
is the floor for both). The cases take turns, a tenth of each one's requests at a time, so a change in the
machine's load during the run weighs on all of them alike. With ``--postgres URL`` (or
``ACCORD_BENCH_POSTGRES_URL``) a second calculator keeps its tasks on that PostgreSQL database (the cluster
stores) and is measured the same way, against a raw echo agent that keeps its tasks there too, in the SDK's own
``DatabaseTaskStore``: the SDK's cost of a durable task, which is the floor the PostgreSQL goals are set against
(the in-memory echo's ratio is printed beside it). Prints a table and the ratios to the raw agent; ``--figures
PATH`` writes them for ``python -m tests.benchmarks``, ``--quick`` runs 100/400.

    python tests/benchmarks/bench_a2a_hop.py [--sequential 500] [--concurrent 2000] [--concurrency 16]
                                             [--postgres URL] [--quick] [--figures PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from a2a.client import ClientConfig, ClientFactory
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events import EventQueue
from a2a.server.request_handlers import DefaultRequestHandler
from a2a.server.routes import create_agent_card_routes, create_jsonrpc_routes
from a2a.server.tasks import InMemoryTaskStore, TaskUpdater
from a2a.types import AgentCapabilities, AgentCard, AgentInterface, AgentSkill, Part, SendMessageRequest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agents.a2a_client import A2AConnection, user_message  # noqa: E402
from tests.benchmarks.figures import Figure, write_figures  # noqa: E402
from tests.support.servers import free_port, stop_on_sigterm, wait_for_http  # noqa: E402

NO_TOOL = "hello there"
ONE_TOOL = "What is 17% of 2,340?"
QUIET = "raw a2a-sdk echo, SDK spans off"
NO_TOOL_CASE = "accord calculator, no tool"
ONE_TOOL_CASE = "accord calculator, one tool call"
PG_CASE = "accord calculator on PostgreSQL, no tool"
RAW_PG_CASE = "raw a2a-sdk echo on PostgreSQL, SDK spans off"


class Echo(AgentExecutor):
    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        assert context.message is not None
        task = new_task_from_user_message(context.message)
        await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await updater.start_work(updater.new_agent_message([Part(text="working")]))
        await updater.add_artifact([Part(text=context.get_user_input())], name="echo", last_chunk=True)
        await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        return None


def serve_raw(port: int, executor: AgentExecutor, name: str, description: str, database: str | None = None) -> None:
    """``executor`` behind the SDK's own handler, routes and task store, as a raw a2a-sdk agent is: in memory, or
    the SDK's ``DatabaseTaskStore`` on ``database`` (a ``postgresql://`` URL)."""
    import uvicorn
    from starlette.applications import Starlette

    url = f"http://127.0.0.1:{port}"
    card = AgentCard(
        name=name,
        description=description,
        version="1.0.0",
        capabilities=AgentCapabilities(streaming=True),
        default_input_modes=["text/plain"],
        default_output_modes=["text/plain"],
        skills=[AgentSkill(id=name, name=name.title(), description=description, tags=[name])],
        supported_interfaces=[AgentInterface(url=f"{url}/", protocol_binding="JSONRPC", protocol_version="1.0")],
    )
    store = InMemoryTaskStore()
    if database:
        from a2a.server.tasks import DatabaseTaskStore
        from sqlalchemy.ext.asyncio import create_async_engine

        engine = create_async_engine(database.replace("postgresql://", "postgresql+asyncpg://", 1))
        store = DatabaseTaskStore(engine, table_name="raw_echo_tasks")
    handler = DefaultRequestHandler(agent_executor=executor, task_store=store, agent_card=card)
    app = Starlette(routes=[*create_agent_card_routes(card), *create_jsonrpc_routes(handler, rpc_url="/")])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def serve_echo(port: int, database: str | None = None) -> None:
    serve_raw(port, Echo(), "echo", "Repeats input", database)


def start(command: list[str], port: int, env: dict[str, str] | None = None) -> subprocess.Popen:
    process = subprocess.Popen(command, env={**os.environ, **(env or {})}, stderr=subprocess.DEVNULL)
    wait_for_http(f"http://127.0.0.1:{port}/.well-known/agent-card.json", 60, process)
    return process


ROUNDS = 10
"""Each case's requests are split into this many slices, and the cases take turns slice by slice, so a change in
the machine's load during the run (other work on a shared machine) falls on every case alike."""


class Case:
    """One agent and request under measurement: its latencies and the time its concurrent slices took."""

    def __init__(self, client: Any, text: str) -> None:
        self.client = client
        self.text = text
        self.latencies: list[float] = []
        self.concurrent_done = 0
        self.concurrent_s = 0.0

    async def once(self) -> float:
        started = time.perf_counter()
        async for _ in self.client.send_message(SendMessageRequest(message=user_message(self.text))):
            pass
        return (time.perf_counter() - started) * 1000

    async def sequential(self, count: int) -> None:
        self.latencies += [await self.once() for _ in range(count)]

    async def concurrent(self, count: int, concurrency: int) -> None:
        semaphore = asyncio.Semaphore(concurrency)

        async def limited() -> float:
            async with semaphore:
                return await self.once()

        started = time.perf_counter()
        await asyncio.gather(*(limited() for _ in range(count)))
        self.concurrent_s += time.perf_counter() - started
        self.concurrent_done += count

    def figures(self) -> dict[str, float]:
        latencies = sorted(self.latencies)
        return {
            "p50": statistics.median(latencies),
            "p95": latencies[int(len(latencies) * 0.95) - 1],
            "rps": self.concurrent_done / self.concurrent_s,
        }


async def measure(
    targets: list[tuple[str, str]], sequential: int, concurrent: int, concurrency: int
) -> list[dict[str, float]]:
    """p50, p95 and throughput of each (url, text), measured in turns (``ROUNDS``)."""
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=concurrency * 2)) as http:
        cases = []
        for url, text in targets:
            async with A2AConnection(url, http=http) as connection:
                card = connection.card
            assert card is not None
            cases.append(Case(ClientFactory(ClientConfig(streaming=False, httpx_client=http)).create(card), text))
        for case in cases:
            for _ in range(20):
                await case.once()
        for turn in range(ROUNDS):
            for case in cases:
                await case.sequential(_share(sequential, turn))
            for case in cases:
                await case.concurrent(_share(concurrent, turn), concurrency)
    return [case.figures() for case in cases]


def _share(total: int, turn: int) -> int:
    """Turn ``turn``'s part of ``total`` requests split over ``ROUNDS`` turns."""
    return total * (turn + 1) // ROUNDS - total * turn // ROUNDS


def serve_calculator(port: int, data_dir: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    command = [str(Path(sys.executable).with_name("accord")), "serve", "calculator", "--port", str(port)]
    return start([*command, "--data-dir", data_dir], port, {"ACCORD_MODEL": "local", **(env or {})})


async def main_async(args: argparse.Namespace) -> list[Figure]:
    echo_port, quiet_port, accord_port, pg_port, raw_pg_port = (free_port() for _ in range(5))
    processes = []
    with tempfile.TemporaryDirectory() as data_dir, tempfile.TemporaryDirectory() as pg_dir:
        try:
            processes.append(start([sys.executable, __file__, "--serve-echo", str(echo_port)], echo_port))
            quiet = {"OTEL_INSTRUMENTATION_A2A_SDK_ENABLED": "false"}  # as accord serves
            processes.append(start([sys.executable, __file__, "--serve-echo", str(quiet_port)], quiet_port, quiet))
            processes.append(serve_calculator(accord_port, data_dir))
            cases = [
                ("raw a2a-sdk echo", f"http://127.0.0.1:{echo_port}", NO_TOOL),
                (QUIET, f"http://127.0.0.1:{quiet_port}", NO_TOOL),
                (NO_TOOL_CASE, f"http://127.0.0.1:{accord_port}", NO_TOOL),
                (ONE_TOOL_CASE, f"http://127.0.0.1:{accord_port}", ONE_TOOL),
            ]
            if args.postgres:
                raw_pg = [sys.executable, __file__, "--serve-echo", str(raw_pg_port), "--echo-database", args.postgres]
                processes.append(start(raw_pg, raw_pg_port, quiet))
                processes.append(serve_calculator(pg_port, pg_dir, {"ACCORD_DATABASE_URL": args.postgres}))
                cases.append((RAW_PG_CASE, f"http://127.0.0.1:{raw_pg_port}", NO_TOOL))
                cases.append((PG_CASE, f"http://127.0.0.1:{pg_port}", NO_TOOL))
            targets = [(url, text) for _, url, text in cases]
            measured = await measure(targets, args.sequential, args.concurrent, args.concurrency)
            rows = [(label, figures) for (label, _, _), figures in zip(cases, measured, strict=True)]
        finally:
            for process in processes:
                process.terminate()
                process.wait(60)
    raw = rows[0][1]
    print(f"\n{args.sequential} sequential / {args.concurrent} at concurrency {args.concurrency}, loopback\n")
    print(f"{'agent':42} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'p50 ×raw':>9} {'req/s ×raw':>11}")
    for label, r in rows:
        print(
            f"{label:42} {r['p50']:8.2f} {r['p95']:8.2f} {r['rps']:8.0f} {r['p50'] / raw['p50']:9.2f} "
            f"{r['rps'] / raw['rps']:11.2f}"
        )
    print("\ngoal: no-tool p50 ≤ 1.25× raw, throughput ≥ 0.8× raw; one tool call p50 ≤ 2× raw")
    by = dict(rows)
    spans_off, no_tool, one_tool = by[QUIET], by[NO_TOOL_CASE], by[ONE_TOOL_CASE]
    print(
        f"against the raw agent with the SDK's spans off (as accord runs): no-tool p50 "
        f"{no_tool['p50'] / spans_off['p50']:.2f}×, throughput {no_tool['rps'] / spans_off['rps']:.2f}×, "
        f"one tool call p50 {one_tool['p50'] / spans_off['p50']:.2f}×"
    )
    name = "bench_a2a_hop"
    concurrency = f"at concurrency {args.concurrency}"
    figures = [
        Figure(name, "raw a2a-sdk echo p50", raw["p50"], "ms"),
        Figure(name, f"raw a2a-sdk echo req/s {concurrency}", raw["rps"], "req/s", "higher"),
        Figure(name, "hop p50, no tool (x raw echo)", no_tool["p50"] / raw["p50"], "x", goal=1.25),
        Figure(name, f"hop throughput {concurrency} (x raw echo)", no_tool["rps"] / raw["rps"], "x", "higher", 0.8),
        Figure(name, "hop p50, one tool call (x raw echo)", one_tool["p50"] / raw["p50"], "x", goal=2.0),
        Figure(name, "hop p50, no tool", no_tool["p50"], "ms"),
        Figure(name, "hop p50, no tool (x raw echo, SDK spans off)", no_tool["p50"] / spans_off["p50"], "x"),
        Figure(
            name,
            f"hop throughput {concurrency} (x raw echo, SDK spans off)",
            no_tool["rps"] / spans_off["rps"],
            "x",
            "higher",
        ),
        Figure(name, "hop p50, one tool call (x raw echo, SDK spans off)", one_tool["p50"] / spans_off["p50"], "x"),
    ]
    if args.postgres:
        pg, raw_pg = by[PG_CASE], by[RAW_PG_CASE]
        print(
            f"on PostgreSQL, against the raw agent on the SDK's database store: p50 {pg['p50'] / raw_pg['p50']:.2f}×, "
            f"throughput {pg['rps'] / raw_pg['rps']:.2f}×"
        )
        figures += [
            Figure(name, "raw a2a-sdk echo on PostgreSQL p50", raw_pg["p50"], "ms"),
            Figure(
                name,
                "hop on PostgreSQL p50, no tool (x raw echo on PostgreSQL)",
                pg["p50"] / raw_pg["p50"],
                "x",
                goal=1.25,
            ),
            Figure(
                name,
                f"hop on PostgreSQL throughput {concurrency} (x raw echo on PostgreSQL)",
                pg["rps"] / raw_pg["rps"],
                "x",
                "higher",
                0.8,
            ),
            Figure(name, "hop on PostgreSQL p50, no tool (x raw echo in memory)", pg["p50"] / raw["p50"], "x"),
            Figure(
                name,
                f"hop on PostgreSQL throughput {concurrency} (x raw echo in memory)",
                pg["rps"] / raw["rps"],
                "x",
                "higher",
            ),
        ]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--sequential", type=int)
    parser.add_argument("--concurrent", type=int)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--postgres", default=os.environ.get("ACCORD_BENCH_POSTGRES_URL"), help="a PostgreSQL URL")
    parser.add_argument("--quick", action="store_true", help="100 sequential and 400 concurrent requests")
    parser.add_argument("--figures", help="write the figures as JSON to this file")
    parser.add_argument("--serve-echo", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--echo-database", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_echo:
        serve_echo(args.serve_echo, args.echo_database)
        return
    args.sequential = args.sequential or (100 if args.quick else 500)
    args.concurrent = args.concurrent or (400 if args.quick else 2000)
    figures = asyncio.run(main_async(args))
    if args.figures:
        write_figures(args.figures, figures)


if __name__ == "__main__":
    stop_on_sigterm()
    main()
