"""Fan-out over A2A: 16 workers that each sleep 100 ms, through the orchestrator's FanOut vs a raw gather.

Run: python -m tests.benchmarks.bench_fanout [--rounds N] [--quick] [--figures PATH]. Both paths call the same
16 in-loop uvicorn workers in the same run; the goal is FanOut wall time <= 1.2x the raw asyncio.gather of a2a-sdk
clients.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from contextlib import AsyncExitStack

import httpx
from a2a.client import ClientConfig, ClientFactory
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor
from a2a.types import SendMessageRequest

from agents.a2a_client import user_message
from agents.orchestrator import Orchestrator
from agents.remote import RemoteAgent
from agents.storage import open_run_store
from patterns import Request
from tests.benchmarks.figures import Figure, write_figures
from tests.orchestration.test_orchestrator_failures import tiny_app
from tests.support.servers import free_port, running

WORKERS = 16
SLEEP_S = 0.1


class Sleeper(AgentExecutor):
    async def execute(self, context, event_queue) -> None:
        from a2a.server.tasks import TaskUpdater
        from a2a.types import Part

        assert context.message is not None
        task = new_task_from_user_message(context.message)
        await event_queue.enqueue_event(task)
        await asyncio.sleep(SLEEP_S)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await updater.add_artifact([Part(text="done")], name="answer")
        await updater.complete()

    async def cancel(self, context, event_queue) -> None:
        return None


async def main(rounds: int) -> list[Figure]:
    async with AsyncExitStack() as stack:
        http = await stack.enter_async_context(httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=64)))
        urls = []
        for i in range(WORKERS):
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            urls.append(await stack.enter_async_context(running(tiny_app(Sleeper(), f"sleeper-{i}", base), port)))
        remotes = [await RemoteAgent.connect(u, http=http, count_hop=False) for u in urls]
        raw_clients = [ClientFactory(ClientConfig(streaming=False, httpx_client=http)).create(r.card) for r in remotes]

        async def raw() -> None:
            async def one(client) -> None:
                async for _ in client.send_message(SendMessageRequest(message=user_message("go"))):
                    pass

            await asyncio.gather(*(one(c) for c in raw_clients))

        results: dict[str, list[float]] = {"raw gather": [], "FanOut (in-memory runs)": [], "FanOut (SQLite runs)": []}
        with tempfile.TemporaryDirectory() as tmp:
            memory = Orchestrator(workers=remotes, http=http, store=open_run_store())
            sqlite = Orchestrator(workers=remotes, http=http, store=open_run_store(f"{tmp}/runs.db"))
            request = {"pattern": "fanout"}
            for _ in range(2):  # warm-up
                await raw()
                await memory.send(Request("go", metadata=dict(request)))
            for _ in range(rounds):
                for label, call in (
                    ("raw gather", raw),
                    ("FanOut (in-memory runs)", lambda: memory.send(Request("go", metadata=dict(request)))),
                    ("FanOut (SQLite runs)", lambda: sqlite.send(Request("go", metadata=dict(request)))),
                ):
                    started = time.perf_counter()
                    outcome = await call()
                    results[label].append((time.perf_counter() - started) * 1000)
                    assert outcome is None or outcome.status == "completed", outcome
            await sqlite.store.close()
        base = statistics.median(results["raw gather"])
        print(f"{WORKERS} workers x {SLEEP_S * 1000:.0f} ms, {rounds} rounds (median / p90 ms, ratio to raw)")
        print(f"{'path':26} {'median':>8} {'p90':>8} {'ratio':>6}")
        for label, values in results.items():
            p90 = sorted(values)[int(0.9 * (len(values) - 1))]
            print(f"{label:26} {statistics.median(values):8.1f} {p90:8.1f} {statistics.median(values) / base:6.2f}")
        for remote in remotes:
            await remote.aclose()
    name = "bench_fanout"
    return [
        Figure(name, f"raw gather of {WORKERS} a2a-sdk calls p50", base, "ms"),
        Figure(
            name,
            "FanOut, in-memory runs (x raw gather)",
            statistics.median(results["FanOut (in-memory runs)"]) / base,
            "x",
        ),
        Figure(
            name,
            "FanOut, SQLite runs (x raw gather)",
            statistics.median(results["FanOut (SQLite runs)"]) / base,
            "x",
            goal=1.2,
        ),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--quick", action="store_true", help="8 rounds")
    parser.add_argument("--figures", help="write the figures as JSON to this file")
    args = parser.parse_args()
    figures = asyncio.run(main(args.rounds or (8 if args.quick else 20)))
    if args.figures:
        write_figures(args.figures, figures)
