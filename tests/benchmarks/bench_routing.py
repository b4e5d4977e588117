"""Routing benchmark: the router over single requests, and the supervisor's split + route over compound ones.

    python tests/benchmarks/bench_routing.py [path/to/routing_dev.json] [--ranker embedding|bm25] [--verbose]

Workers are built from the agent cards in ``cards/``; an agent without a card yet is described by the data
set's one-line description of it. Prints routing accuracy and compound-request accuracy (a compound request
counts as right when its plan names exactly the expected workers in the expected order).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from cards import UnknownCard, load_card_json
from patterns import ClausePlanner, FunctionWorker, RankingDecider, Request, Skill
from patterns.ranking import Ranker

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO / "../shared/data/routing_dev.json"


async def _unused(request: Request) -> str:
    raise AssertionError("the benchmark only routes; it never calls a worker")


def build_workers(descriptions: dict[str, str]) -> tuple[list[FunctionWorker], list[str]]:
    """One worker per agent: from its card when there is one, else from the data set's description."""
    workers, from_cards = [], []
    for name, description in descriptions.items():
        try:
            card = load_card_json(name)
        except UnknownCard:
            workers.append(FunctionWorker(name, _unused, description=description))
            continue
        skills = [Skill.from_card(s) for s in card.get("skills") or []]
        workers.append(FunctionWorker(name, _unused, description=card.get("description", ""), skills=skills))
        from_cards.append(name)
    return workers, from_cards


async def run(data_path: Path, ranker_kind: str | None, verbose: bool) -> dict[str, float]:
    data = json.loads(data_path.read_text(encoding="utf-8"))
    workers, from_cards = build_workers(data["agents"])
    decider = RankingDecider(Ranker(ranker_kind, lexical_weight=RankingDecider.LEXICAL_WEIGHT))  # type: ignore[arg-type]
    planner = ClausePlanner(decider)
    print(f"workers: {len(workers)} ({', '.join(from_cards) or 'none'} from cards; the rest from descriptions)")

    started = time.perf_counter()
    right = 0
    for case in data["routing"]:
        best = decider.rank_now(case["request"], workers)[0]
        right += best.worker == case["agent"]
        if verbose and best.worker != case["agent"]:
            print(f"  route miss: want {case['agent']}, got {best.worker} ({best.confidence:.2f}): {case['request']}")
    routing = right / len(data["routing"])
    print(f"routing: {right}/{len(data['routing'])} = {routing:.1%}")

    right = 0
    for text, expected in data["decompose"]:
        plan = await planner.plan(Request(text), workers)
        got = [t.worker for t in plan.tasks]
        right += got == expected
        if verbose and got != expected:
            print(f"  plan miss: want {expected}, got {got}: {text}")
            for task in plan.tasks:
                print(f"      {task.worker}: {task.text}")
    compound = right / len(data["decompose"])
    print(f"compound: {right}/{len(data['decompose'])} = {compound:.1%}")
    print(f"ranker: {decider.ranker.kind} (semantic={decider.ranker.semantic}), {time.perf_counter() - started:.1f}s")
    return {"routing": routing, "compound": compound}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--ranker", choices=["embedding", "bm25"], default=None)
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    asyncio.run(run(args.data, args.ranker, args.verbose))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
