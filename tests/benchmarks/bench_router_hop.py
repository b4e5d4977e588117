"""Router hop: one request through the orchestrator agent (router) vs straight to the worker, over A2A.

Run: python -m tests.benchmarks.bench_router_hop [--rounds N] [--quick] [--figures PATH]. Starts ``accord up``
(every agent in its own process, as users run it, offline) and sends the same request straight to the calculator
and through the orchestrator with the router pattern, alternating. Reports the added latency and, separately, the
routing decision time (RankingDecider over the registered workers, in this process). Goal: added <= 30% of
direct + decision.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agents.a2a_client import A2AConnection  # noqa: E402
from agents.models.embeddings import default_ranker  # noqa: E402
from agents.remote import RemoteAgent  # noqa: E402
from patterns import RankingDecider, Request  # noqa: E402
from tests.benchmarks.bench_gateway import start_up  # noqa: E402
from tests.benchmarks.figures import Figure, write_figures  # noqa: E402
from tests.support.servers import stop  # noqa: E402

QUESTION = "What is 17% of 2,340?"


async def measure(rounds: int, urls: dict[str, str], token: str) -> dict[str, list[float]]:
    names = [n for n in urls if n not in ("registry", "orchestrator")]
    workers = [await RemoteAgent.connect(urls[n], token=token) for n in names]
    decider = RankingDecider(default_ranker(RankingDecider.LEXICAL_WEIGHT))
    times: dict[str, list[float]] = {"direct": [], "via orchestrator": [], "routing decision": []}
    try:
        async with (
            A2AConnection(urls["calculator"], token=token, streaming=False) as direct,
            A2AConnection(urls["orchestrator"], token=token, streaming=False) as routed,
        ):
            for _ in range(3):
                await direct.send(QUESTION)
                await routed.send(QUESTION, metadata={"pattern": "router"})
            for _ in range(rounds):
                t = time.perf_counter()
                await direct.send(QUESTION)
                times["direct"].append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                await routed.send(QUESTION, metadata={"pattern": "router"})
                times["via orchestrator"].append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                await decider.rank(Request(QUESTION), workers)
                times["routing decision"].append((time.perf_counter() - t) * 1000)
    finally:
        for w in workers:
            await w.aclose()
    return times


def main(rounds: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as data_dir:
        up, _, urls = start_up(True, data_dir)
        try:
            token = (Path(data_dir) / "registry-token").read_text().strip()
            times = asyncio.run(measure(rounds, urls, token))
        finally:
            stop(up, timeout_s=20.0)
    med = {k: statistics.median(v) for k, v in times.items()}
    added = med["via orchestrator"] - med["direct"]
    print(f"{rounds} rounds, medians in ms")
    for label, value in med.items():
        print(f"{label:20} {value:8.1f}")
    print(f"{'added by the hop':20} {added:8.1f}  ({added / med['direct']:.0%} of direct)")
    budget = 0.3 * med["direct"] + med["routing decision"]
    print(f"goal: added <= 30% of direct + decision = {budget:.1f} ms -> {'met' if added <= budget else 'not met'}")
    name = "bench_router_hop"
    return [
        Figure(name, "direct call p50", med["direct"], "ms"),
        Figure(name, "routing decision p50", med["routing decision"], "ms"),
        Figure(name, "added by the router hop (% of direct)", 100 * added / med["direct"], "%"),
        Figure(name, "added by the router hop (x its budget: 30% of direct + decision)", added / budget, "x", goal=1.0),
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--quick", action="store_true", help="10 rounds")
    parser.add_argument("--figures", help="write the figures as JSON to this file")
    args = parser.parse_args()
    figures = main(args.rounds or (10 if args.quick else 30))
    if args.figures:
        write_figures(args.figures, figures)
