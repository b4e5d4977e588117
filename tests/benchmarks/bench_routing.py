"""Routing benchmark: the router over single requests, the planner over compound ones, on the dev and held-out sets.

    python tests/benchmarks/bench_routing.py [path/to/routing_dev.json] [--set dev|heldout|tuning|both]
                                             [--ranker embedding|bm25] [--verbose]

Ranks in-process (no mesh). Workers are built from the agent cards in ``cards/``; an agent without a card yet is
described by the dev set's one-line description of it. Reported per set:

- routing: a single request is right when the best-ranked worker is the labelled agent (the held-out set's
  evaluator requests count here too: the router's pick is the generator);
- compound: a plan is right when it names exactly the labelled workers in order (a pipeline's stages, too); for
  the held-out set's supervisor requests also "with the right dependencies": each step depends on exactly the
  steps the request says it needs ("then use the result"), and independent steps on none.

The held-out sets (``heldout_*.json``) are for measuring only: their misses are never listed; ``--verbose`` lists the
dev set's and the tuning sets' (``tuning_*.json``, written to tune on).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agents.models.embeddings import default_embedder, sentence_embedder  # noqa: E402
from cards import UnknownCard, load_card_json  # noqa: E402
from patterns import ClausePlanner, FunctionWorker, RankingDecider, Request, Skill  # noqa: E402
from patterns.planning import Plan  # noqa: E402
from patterns.ranking import Ranker  # noqa: E402
from tests.benchmarks.scoring import (  # noqa: E402
    DEV,
    Item,
    dev_agents,
    format_table,
    heldout_sets,
    load_dev,
    load_heldout,
    load_tuning,
    tally,
)

AGENT_ORDER = ("calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer")


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


def dependencies_match(item: Item, plan: Plan) -> bool:
    """Each planned step depends on exactly the parts the request says it needs (plan and parts align by order)."""
    position = {task.id: i for i, task in enumerate(plan.tasks)}
    return all(
        {position.get(d) for d in task.depends_on} == set(part.after)
        for task, part in zip(plan.tasks, item.parts, strict=True)
    )


async def score_set(name: str, items: list[Item], decider: RankingDecider, workers, verbose: bool) -> dict[str, float]:
    planner = ClausePlanner(decider)
    routed = [i for i in items if i.pattern in ("router", "evaluator")]
    rows = []
    for item in routed:
        ranked = decider.rank_now(item.request, workers)
        best = ranked[0].worker if ranked else None
        rows.append((item.agent, "declined" if best is None else "right" if best == item.agent else "wrong"))
        if verbose and not name.startswith("heldout") and best != item.agent:
            print(f"  route miss: want {item.agent}, got {best}: {item.request}")
    table = tally(rows)
    order = {a: i for i, a in enumerate(AGENT_ORDER)}
    table = {k: table[k] for k in sorted(table, key=lambda k: (k == "total", order.get(k, len(order)), k))}
    print(format_table(f"{name} set, routing (best-ranked worker):", table))

    compound = [i for i in items if i.pattern in ("supervisor", "pipeline")]
    supervised = sum(i.pattern == "supervisor" for i in compound)
    workers_right = graph_right = 0
    for item in compound:
        plan = await planner.plan(Request(item.request), workers)
        got = [t.worker for t in plan.tasks]
        if got == list(item.route):
            workers_right += 1
            graph_right += item.pattern == "supervisor" and dependencies_match(item, plan)
        elif verbose and not name.startswith("heldout"):
            print(f"  plan miss: want {list(item.route)}, got {got}: {item.request}")
            for task in plan.tasks:
                print(f"      {task.worker}: {task.text}")
    n = len(compound) or 1
    line = f"{name} set, compound: workers right {workers_right}/{len(compound)} = {workers_right / n:.1%}"
    if name != "dev":
        line += f"; supervisor plans with the right dependencies {graph_right}/{supervised}"
    print(line)
    total = table.get("total", {"right": 0})
    return {
        "routing": total["right"] / max(1, len(routed)),
        "compound": workers_right / n,
        "compound_with_dependencies": graph_right / max(1, supervised),
    }


async def run(
    data_path: Path,
    ranker_kind: str | None,
    verbose: bool,
    which: str = "both",
    heldout_paths: list[Path] | None = None,
) -> dict[str, dict[str, float]]:
    # without the dev set at hand, the cards alone describe the agents
    descriptions = dev_agents(data_path) if data_path.is_file() else dict.fromkeys(AGENT_ORDER, "")
    workers, from_cards = build_workers(descriptions)
    kinds = {None: default_embedder(), "embedding": sentence_embedder(), "bm25": None}
    decider = RankingDecider(Ranker(kinds[ranker_kind], lexical_weight=RankingDecider.LEXICAL_WEIGHT))
    ranker_name = "bm25" if decider.ranker.embedder is None else "embedding"
    print(f"workers: {len(workers)} ({', '.join(from_cards) or 'none'} from cards; the rest from descriptions)")
    started = time.perf_counter()
    results = {}
    if which in ("dev", "both"):
        results["dev"] = await score_set("dev", load_dev(data_path), decider, workers, verbose)
    if which in ("heldout", "both"):
        for path in heldout_paths or heldout_sets():  # each held-out file scored apart, named by its file
            results[path.stem] = await score_set(path.stem, load_heldout(path), decider, workers, verbose)
    if which == "tuning":
        results["tuning"] = await score_set("tuning", load_tuning(), decider, workers, verbose)
    print(f"ranker: {ranker_name} (semantic={decider.ranker.semantic}), {time.perf_counter() - started:.1f}s")
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEV, help="the dev set (default: shared/data)")
    parser.add_argument("--set", choices=["dev", "heldout", "tuning", "both"], default="both")
    parser.add_argument("--ranker", choices=["embedding", "bm25"], default=None)
    parser.add_argument("--verbose", "-v", action="store_true", help="list the dev set's misses")
    parser.add_argument("--heldout", type=Path, action="append", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    asyncio.run(run(args.data, args.ranker, args.verbose, args.set, args.heldout))
    return 0


if __name__ == "__main__":
    sys.exit(main())
