"""Router hop: one request through the orchestrator agent (router) vs straight to the worker, over A2A.

Run: python -m tests.benchmarks.bench_router_hop [--rounds N] [--quick] [--figures PATH] [--profile SECONDS].
Starts ``accord up`` (every agent in its own process, as users run it, offline) and sends the same request straight
to the calculator, through the orchestrator with the router pattern, and through a raw a2a-sdk relay, in turn; each
round asks a sum no earlier run asked. Reports the added latency and, separately, the routing decision time
(RankingDecider over the registered workers, in this process, encoding the new text as the orchestrator must).
Goal: added <= 30% of direct + decision.

The raw relay is the floor any A2A router stands on: an a2a-sdk server (in-memory tasks, as the hop benchmark's
raw echo) whose executor forwards the text to the calculator with an a2a-sdk client kept open, and answers with
the calculator's answer. It decides nothing, records nothing and checks no caller. The router hop is also reported
against what this relay adds, in the same run.

``--profile SECONDS`` measures nothing of the above: one client sends the mesh's orchestrator routed requests one at
a time, each a new sum; it prints their latency and the orchestrator's CPU per request, then records the orchestrator
with py-spy (not a dependency of accord) for ``SECONDS`` more of them and prints its busiest frames, self and
inclusive (``profile_hop.summarise``); the collapsed stacks stay in ``--out`` for a flame graph.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from a2a.client import A2ACardResolver, ClientConfig, ClientFactory
from a2a.helpers import new_task_from_user_message, new_text_message
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events import EventQueue
from a2a.server.tasks import TaskUpdater
from a2a.types import Part, Role, SendMessageRequest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
# the routing decision encoded on one BLAS thread, as accord's entry points have every agent encode
# (servers.cli.one_blas_thread); OpenBLAS's thread per core made it several times slower and noisier on a busy
# 2-core machine
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from agents.a2a_client import A2AConnection  # noqa: E402
from agents.models.embeddings import SentenceEmbedder, default_embedder, load_encoder  # noqa: E402
from agents.remote import RemoteAgent  # noqa: E402
from patterns import RankingDecider, Request  # noqa: E402
from patterns.ranking import Ranker  # noqa: E402
from tests.benchmarks.bench_a2a_hop import serve_raw, start  # noqa: E402
from tests.benchmarks.bench_gateway import start_up  # noqa: E402
from tests.benchmarks.figures import Figure, write_figures  # noqa: E402
from tests.benchmarks.profile_hop import summarise  # noqa: E402
from tests.mesh.conftest import agent_processes  # noqa: E402
from tests.support.servers import free_port, stop, stop_on_sigterm  # noqa: E402

QUESTION = "What is 17% of 2,340?"
RELAY_TOKEN = "ACCORD_BENCH_RELAY_TOKEN"  # the mesh's token for the relay's calls, kept off its command line


def question(round_: int, first: int) -> str:
    """The round's request: the same sum on another amount, new to this run (``first`` is drawn once per run), so
    nothing kept from an identical earlier request (a cut, a ranking, a sentence vector in the on-disk cache)
    answers it; every route gets the same text in a round."""
    return f"What is 17% of {first + round_:,}?"


def cold_decider() -> RankingDecider:
    """The router's decider, measured here with sentence vectors in memory only: the on-disk cache this process
    shares with the mesh would otherwise hand it the orchestrator's vector of the same text."""
    embedder = SentenceEmbedder(load_encoder) if default_embedder() is not None else None
    return RankingDecider(Ranker(embedder, RankingDecider.LEXICAL_WEIGHT))


class Relay(AgentExecutor):
    """Forwards the user's text to one agent with the SDK's client and answers with that agent's artifacts."""

    def __init__(self, client: httpx.AsyncClient, target: str) -> None:
        self.http = client
        self.target = target
        self.client = None

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        assert context.message is not None
        if self.client is None:
            card = await A2ACardResolver(self.http, self.target).get_agent_card()
            self.client = ClientFactory(ClientConfig(streaming=False, httpx_client=self.http)).create(card)
        task = new_task_from_user_message(context.message)
        await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await updater.start_work(updater.new_agent_message([Part(text="relaying")]))
        parts: list[Part] = []
        request = SendMessageRequest(message=new_text_message(context.get_user_input(), role=Role.ROLE_USER))
        async for event in self.client.send_message(request):
            parts = [part for artifact in event.task.artifacts for part in artifact.parts]
        await updater.add_artifact(parts, name="answer", last_chunk=True)
        await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        return None


def serve_relay(port: int, target: str, token: str) -> None:
    http = httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=30)
    serve_raw(port, Relay(http, target), "relay", "Forwards input to one agent")


async def measure(rounds: int, urls: dict[str, str], token: str) -> dict[str, list[float]]:
    names = [n for n in urls if n not in ("registry", "orchestrator", "relay")]
    workers = [await RemoteAgent.connect(urls[n], token=token) for n in names]
    decider = cold_decider()
    first = random.randrange(100_000, 10_000_000)
    times: dict[str, list[float]] = {"direct": [], "via orchestrator": [], "via raw relay": [], "routing decision": []}
    try:
        async with (
            A2AConnection(urls["calculator"], token=token, streaming=False) as direct,
            A2AConnection(urls["orchestrator"], token=token, streaming=False) as routed,
            A2AConnection(urls["relay"], streaming=False) as relayed,
        ):
            calls = {
                "direct": lambda text: direct.send(text),
                "via orchestrator": lambda text: routed.send(text, metadata={"pattern": "router"}),
                "via raw relay": lambda text: relayed.send(text),
            }
            for _ in range(3):
                for call in calls.values():
                    await call(QUESTION)
            for round_ in range(rounds):
                text = question(round_, first)
                for label, call in calls.items():
                    t = time.perf_counter()
                    await call(text)
                    times[label].append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                await decider.rank(Request(text), workers)
                times["routing decision"].append((time.perf_counter() - t) * 1000)
    finally:
        for w in workers:
            await w.aclose()
    return times


def main(rounds: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as data_dir:
        up, _, urls = start_up(True, data_dir)
        relay = None
        try:
            token = (Path(data_dir) / "registry-token").read_text().strip()
            port = free_port()
            command = [sys.executable, __file__, "--serve-relay", str(port), urls["calculator"]]
            relay = start(command, port, {RELAY_TOKEN: token})
            urls["relay"] = f"http://127.0.0.1:{port}"
            times = asyncio.run(measure(rounds, urls, token))
        finally:
            if relay is not None:
                relay.terminate()
                relay.wait(60)
            stop(up, timeout_s=20.0)
    med = {k: statistics.median(v) for k, v in times.items()}
    added = med["via orchestrator"] - med["direct"]
    relay_added = med["via raw relay"] - med["direct"]
    print(f"{rounds} rounds, medians in ms")
    for label, value in med.items():
        print(f"{label:20} {value:8.1f}")
    print(f"{'added by the hop':20} {added:8.1f}  ({added / med['direct']:.0%} of direct)")
    print(f"{'added by a raw relay':20} {relay_added:8.1f}  ({relay_added / med['direct']:.0%} of direct)")
    budget = 0.3 * med["direct"] + med["routing decision"]
    print(f"goal: added <= 30% of direct + decision = {budget:.1f} ms -> {'met' if added <= budget else 'not met'}")
    name = "bench_router_hop"
    return [
        Figure(name, "direct call p50", med["direct"], "ms"),
        Figure(name, "routing decision p50", med["routing decision"], "ms"),
        Figure(name, "added by the router hop (% of direct)", 100 * added / med["direct"], "%"),
        Figure(name, "added by the router hop (x its budget: 30% of direct + decision)", added / budget, "x", goal=1.0),
        Figure(name, "added by a raw a2a-sdk relay (% of direct)", 100 * relay_added / med["direct"], "%"),
        Figure(
            name,
            "added by the router hop (x a raw relay's added + decision)",
            added / (relay_added + med["routing decision"]),
            "x",
        ),
    ]


def orchestrator_pid(data_dir: str) -> int:
    """The mesh's orchestrator process: the one the fork server named after it."""
    for pid in agent_processes(Path(data_dir)):
        with contextlib.suppress(OSError):
            if Path(f"/proc/{pid}/comm").read_text().strip() == "accord-orchestr":  # the kernel keeps 15 bytes
                return pid
    raise RuntimeError("no orchestrator process in the mesh")


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drive_routed(
    url: str, token: str, pid: int, record: list[str], seconds: float
) -> tuple[list[float], float, int]:
    """Routed requests one at a time, each a new sum: a warm-up, then ``UNPROFILED`` timed requests (their latencies
    and the orchestrator's CPU seconds over them), then requests for ``seconds`` while the recorder ``record`` runs
    (how many)."""
    first = random.randrange(100_000, 10_000_000)
    sent = 0

    async def send() -> None:
        nonlocal sent
        await routed.send(question(sent, first), metadata={"pattern": "router"})
        sent += 1

    async with A2AConnection(url, token=token, streaming=False) as routed:
        for _ in range(30):
            await send()
        latencies, cpu = [], cpu_seconds(pid)
        for _ in range(UNPROFILED):
            started = time.perf_counter()
            await send()
            latencies.append((time.perf_counter() - started) * 1000)
        cpu = cpu_seconds(pid) - cpu
        recorder = subprocess.Popen(record, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        await asyncio.sleep(0.5)  # py-spy attaches
        profiled, deadline = sent, time.monotonic() + seconds
        while time.monotonic() < deadline:
            await send()
        await asyncio.to_thread(recorder.wait, 60)
    return latencies, cpu, sent - profiled


UNPROFILED = 100


def profile(seconds: float, out: Path) -> int:
    """``--profile``: the orchestrator's CPU per routed request, then where it goes (py-spy, busy samples)."""
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(py_spy).exists():
        print("py-spy is not installed: pip install py-spy", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    collapsed = out / "router-hop-orchestrator.txt"
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as data_dir:
        up, _, urls = start_up(True, data_dir)
        try:
            token = (Path(data_dir) / "registry-token").read_text().strip()
            pid = orchestrator_pid(data_dir)
            # not blocking: pausing the process for each sample would slow the very calls being measured
            record = [py_spy, "record", "-p", str(pid), "-r", "500", "-d", str(int(seconds + 1)), "--nonblocking"]
            record += ["-f", "raw", "-o", str(collapsed)]
            latencies, cpu, profiled = asyncio.run(drive_routed(urls["orchestrator"], token, pid, record, seconds))
        finally:
            stop(up, timeout_s=20.0)
    quartiles = statistics.quantiles(latencies, n=4)
    print(
        f"{UNPROFILED} routed requests one at a time, unprofiled: p50 {quartiles[1]:.1f} ms "
        f"(q1 {quartiles[0]:.1f}, q3 {quartiles[2]:.1f}); the orchestrator's CPU {1000 * cpu / UNPROFILED:.1f} ms each"
    )
    print(f"then {profiled} under py-spy in {seconds:g} s; collapsed stacks: {collapsed}\n")
    print(summarise(collapsed))
    return 0


if __name__ == "__main__":
    stop_on_sigterm()
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--quick", action="store_true", help="10 rounds")
    parser.add_argument("--figures", help="write the figures as JSON to this file")
    parser.add_argument("--profile", type=float, metavar="SECONDS", help="py-spy the orchestrator instead")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "accord-profile")
    parser.add_argument("--serve-relay", nargs=2, metavar=("PORT", "TARGET"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_relay:
        serve_relay(int(args.serve_relay[0]), args.serve_relay[1], os.environ[RELAY_TOKEN])
        raise SystemExit(0)
    if args.profile:
        raise SystemExit(profile(args.profile, args.out))
    figures = main(args.rounds or (10 if args.quick else 30))
    if args.figures:
        write_figures(args.figures, figures)
