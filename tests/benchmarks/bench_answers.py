"""Answer accuracy of the running mesh: right / honestly declined / wrong, on the held-out, tuning and dev sets.

    python tests/benchmarks/bench_answers.py [--set dev|heldout|tuning|both] [--registry URL] [--limit N] [--json]

Without ``--registry`` it starts ``accord up`` on free loopback ports with a temporary data dir (no API key:
the offline model) and stops it by its process id at the end. Every held-out file (``heldout_12.json``,
``heldout_44.json``, ...) is a set of its own, sent and reported apart under its file's name. Each held-out item
goes over A2A

- straight to the agent it is labelled with (single-agent items): the agent's own answer accuracy;
- through the orchestrator, which decides pattern and workers itself (the evaluator and pipeline items name
  their pattern in the message metadata, as ``accord orchestrate --pattern`` does, and a fan-out item its
  pattern and agents): answer accuracy per pattern, and routing (did it call the labelled agents).

The tuning sets (every ``tuning_*.json`` beside this script) are sent and scored as the held-out set is; they
are written to tune on, so their misses are printed with the request, what came back and why it missed.

The dev set has no answer labels, so only its routing is scored, through the orchestrator. Scoring rules are in
``scoring.py``. The held-out sets are for measuring only: this script prints counts, never their items;
``--verbose`` lists the dev set's misses alone. A benchmark, not a test: pytest does not collect tests/benchmarks.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import anyio
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agents.a2a_client import A2AConnection, state_name, task_data, task_text  # noqa: E402
from agents.registry import Registry  # noqa: E402
from tests.benchmarks.scoring import (  # noqa: E402
    DEV,
    HERE,
    Item,
    Outcome,
    answering_agents,
    called_agents,
    format_table,
    heldout_sets,
    load_dev,
    load_heldout,
    load_tuning,
    score_part,
    score_route,
    score_run,
    tally,
)
from tests.mesh.conftest import mesh_ports, processes_using  # noqa: E402
from tests.support.servers import stop_on_sigterm  # noqa: E402

ACCORD = str(Path(sys.executable).with_name("accord"))
GOAL_AGENTS = ("calculator", "summarizer", "code_reviewer")
WARM_UP = "hello"


@dataclass(slots=True)
class Scored:
    """One item sent one way. ``route`` is set for orchestrated items; ``note`` says why it was not right."""

    set: str
    mode: str  # "direct" | "orchestrated"
    id: str
    agent: str
    pattern: str
    expect: str
    outcome: Outcome
    route: Outcome | None = None
    called: tuple[str, ...] = ()
    state: str = ""
    note: str = ""
    answer: str = ""  # kept for the tuning sets' misses only
    error: bool = False
    seconds: float = 0.0


# -- the mesh ----------------------------------------------------------------------------------------------


@contextmanager
def local_mesh(ready_timeout: float = 120.0) -> Iterator[tuple[str, str]]:
    """``accord up`` on free loopback ports in a temporary data dir; yields (registry URL, token)."""
    with tempfile.TemporaryDirectory(prefix="accord-bench-answers-") as data_dir:
        env = {**os.environ, "ACCORD_DATA_DIR": data_dir}
        for name in ("ACCORD_TOKEN", "ANTHROPIC_API_KEY", "ACCORD_MODEL"):
            env.pop(name, None)
        port = mesh_ports(8)
        up = subprocess.Popen(
            [ACCORD, "up", "--port", str(port), "--no-check"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        ready = threading.Event()

        def watch() -> None:
            assert up.stdout is not None
            for line in iter(up.stdout.readline, ""):
                if line.startswith("ready:"):
                    print(f"accord up: {line.strip()}", file=sys.stderr, flush=True)
                    ready.set()

        threading.Thread(target=watch, daemon=True).start()
        try:
            deadline = time.monotonic() + ready_timeout
            while not ready.wait(0.2):
                if up.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"accord up did not get ready (exit code {up.poll()})")
            token = (Path(data_dir) / "registry-token").read_text().strip()
            yield f"http://127.0.0.1:{port}", token
        finally:
            up.send_signal(signal.SIGTERM)
            try:
                up.wait(20)
            except subprocess.TimeoutExpired:
                up.kill()
                up.wait(5)
            for pid in processes_using(Path(data_dir)):  # agents that outlived their supervisor
                os.kill(pid, signal.SIGKILL)
            if up.stdout is not None:
                up.stdout.close()


async def agent_urls(registry_url: str, token: str | None) -> dict[str, str]:
    async with Registry(registry_url, token) as registry:
        records = await registry.search(status="up")
    return {r.name: r.base_url for r in records if r.base_url}


# -- sending -----------------------------------------------------------------------------------------------


class Mesh:
    """One shared A2A connection per agent; every call bounded by ``timeout``; at most ``concurrency`` at once."""

    def __init__(self, urls: dict[str, str], token: str | None, timeout: float, concurrency: int) -> None:
        self.urls = urls
        self.token = token
        self.timeout = timeout
        self.limit = asyncio.Semaphore(concurrency)
        self.http = httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=10.0))
        self._connections: dict[str, A2AConnection] = {}

    async def connect(self) -> None:
        """Open every agent's connection once, before the calls share them, and send each one message.

        The warm-up message is sent one agent at a time and not scored: a fresh agent's first calls set up its
        task store, and concurrent first calls measure that set-up rather than the answers.
        """
        for agent, url in self.urls.items():
            connection = A2AConnection(url, token=self.token, timeout_s=self.timeout, streaming=False, http=self.http)
            await connection.open()
            self._connections[agent] = connection
            await self.ask(agent, WARM_UP)

    async def aclose(self) -> None:
        for connection in self._connections.values():
            await connection.aclose()
        await self.http.aclose()

    async def ask(self, agent: str, text: str, metadata: dict[str, Any] | None = None) -> tuple[str, str, Any]:
        """(state, answer text, run record or None); state ``timeout`` or ``error: ...`` when the call failed."""
        connection = self._connections.get(agent)
        if connection is None:
            return f"error: {agent} is not registered", "", None
        async with self.limit:
            try:
                with anyio.fail_after(self.timeout):
                    task = await connection.send(text, metadata=metadata)
            except TimeoutError:
                return "timeout", "", None
            except Exception as exc:  # a benchmark counts a failure and goes on
                return f"error: {type(exc).__name__}: {str(exc)[:120]}", "", None
        record = next((d for d in task_data(task) if isinstance(d, dict) and "steps" in d), None)
        return state_name(task), task_text(task), record


async def direct(mesh: Mesh, item: Item, set_name: str) -> Scored:
    started = time.perf_counter()
    state, text, _ = await mesh.ask(item.agent, item.request)
    outcome, note = score_part(item.parts[0], item.request, state, text)
    return Scored(
        set_name, "direct", item.id, item.agent, item.pattern, item.expect, outcome, state=state, note=note,
        error=state == "timeout" or state.startswith("error"), seconds=time.perf_counter() - started,
        answer=text if set_name == "tuning" else "",
    )  # fmt: skip


def _named_pattern(item: Item) -> dict[str, Any] | None:
    """The message metadata of an item whose pattern the user names, as ``accord orchestrate --pattern`` sends it.

    The orchestrator picks router, supervisor or evaluator itself; a pipeline is asked for by name, and a fan-out
    by name with its agents ("--pattern fanout --agents fact_checker,researcher"): asked without them it would
    put the question to every agent. A fan-out item's routing is then given, not decided; its answers are scored.
    """
    if item.pattern == "fanout":
        return {"pattern": "fanout", "agents": [part.agent for part in item.parts]}
    return {"pattern": item.pattern} if item.pattern in ("evaluator", "pipeline") else None


async def orchestrated(mesh: Mesh, item: Item, set_name: str) -> Scored:
    started = time.perf_counter()
    metadata = _named_pattern(item)
    state, text, record = await mesh.ask("orchestrator", item.request, metadata)
    called = called_agents(record)
    # a single request is judged by the step that answered it (a reroute's, not the declined first call's)
    route = score_route(item, answering_agents(record) if item.single else called)
    if set_name != "dev":
        outcome, note = score_run(item, state, record, text)
    else:
        outcome, note = route, ""  # the dev set is labelled for routing only
    group = item.agent if item.single else item.pattern
    return Scored(
        set_name, "orchestrated", item.id, group, item.pattern, item.expect, outcome, route=route, called=called,
        state=state, note=note, error=state == "timeout" or state.startswith("error"),
        seconds=time.perf_counter() - started, answer=text if set_name == "tuning" else "",
    )  # fmt: skip


def spread(items: Sequence[Item], limit: int | None) -> list[Item]:
    """``limit`` items taken evenly across the set, so a quick run still sees every agent and pattern."""
    if not limit or limit >= len(items):
        return list(items)
    step = len(items) / limit
    return [items[math.floor(i * step)] for i in range(limit)]


async def measure(args: argparse.Namespace, registry_url: str, token: str | None) -> list[Scored]:
    urls = await agent_urls(registry_url, token)
    if "orchestrator" not in urls:
        raise SystemExit(f"no orchestrator registered at {registry_url}; agents: {', '.join(urls) or 'none'}")
    # each held-out file is a set of its own, named by its stem ("heldout_12", "heldout_44"), spread on its own
    heldout = {
        path.stem: spread(load_heldout(path), args.limit)
        for path in (args.heldout if args.set in ("heldout", "both") else [])
    }
    dev = spread(load_dev(args.dev), args.limit) if args.set in ("dev", "both") else []
    tuning = spread(load_tuning(args.tuning_dir), args.limit) if args.set == "tuning" else []
    mesh = Mesh(urls, token, args.timeout, args.concurrency)
    results: list[Scored] = []
    try:
        await mesh.connect()
        jobs = [direct(mesh, i, name) for name, items in heldout.items() for i in items if i.single]
        jobs += [orchestrated(mesh, i, name) for name, items in heldout.items() for i in items]
        jobs += [direct(mesh, i, "tuning") for i in tuning if i.single]
        jobs += [orchestrated(mesh, i, "tuning") for i in tuning]
        jobs += [orchestrated(mesh, i, "dev") for i in dev]
        for done, job in enumerate(asyncio.as_completed(jobs), 1):
            results.append(await job)
            if done % 25 == 0 or done == len(jobs):
                print(f"  {done}/{len(jobs)} answered", file=sys.stderr, flush=True)
    finally:
        await mesh.aclose()
    return results


# -- reporting ---------------------------------------------------------------------------------------------

AGENT_ORDER = ("calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer")
PATTERN_ORDER = ("router", "supervisor", "evaluator", "pipeline")


def ordered(table: dict[str, dict[str, int]], order: Sequence[str]) -> dict[str, dict[str, int]]:
    rank = {name: i for i, name in enumerate(order)}
    keys = sorted(table, key=lambda k: (k == "total", rank.get(k, len(rank)), k))
    return {k: table[k] for k in keys}


def set_names(results: Sequence[Scored]) -> list[str]:
    """The sets present, held-out files first (by file name), then the tuning sets, then the dev set."""
    rank = {"tuning": 1, "dev": 2}
    return sorted({r.set for r in results}, key=lambda name: (rank.get(name, 0), name))


def set_title(set_name: str) -> str:
    """How a set is named in the printed report: a held-out set by its file."""
    return {"tuning": "tuning sets", "dev": "dev set"}.get(set_name, f"held-out set ({set_name}.json)")


def report(results: list[Scored]) -> dict[str, Any]:
    """The tables, keyed by set and view; each table maps a group to its right / declined / wrong counts.

    A held-out set is keyed by its file's stem (``heldout_12``, ``heldout_44``), so each keeps its figure names."""
    out: dict[str, Any] = {}
    order = (*AGENT_ORDER, *PATTERN_ORDER)
    for set_name in set_names(results):
        mine = [r for r in results if r.set == set_name]
        direct_rows = [r for r in mine if r.mode == "direct"]
        run_rows = [r for r in mine if r.mode == "orchestrated"]
        views: dict[str, Any] = {}
        if set_name != "dev":
            views["answers, straight to the labelled agent (per agent)"] = ordered(
                tally((r.agent, r.outcome) for r in direct_rows), order
            )
            views["answers, straight to the labelled agent (per expected outcome)"] = tally(
                (f"must {r.expect}", r.outcome) for r in direct_rows
            )
            views["answers, through the orchestrator (per pattern)"] = ordered(
                tally((r.pattern, r.outcome) for r in run_rows), order
            )
            views["answers, through the orchestrator (per expected outcome)"] = tally(
                (f"must {r.expect}", r.outcome) for r in run_rows
            )
            goal = [r for r in direct_rows if r.agent in GOAL_AGENTS and r.expect == "answer"]
            views["goal"] = {
                "right_on_must_answer_calculator_summarizer_code_reviewer": sum(r.outcome == "right" for r in goal),
                "of": len(goal),
                "wrong_direct": sum(r.outcome == "wrong" for r in direct_rows),
                "wrong_orchestrated": sum(r.outcome == "wrong" for r in run_rows),
            }
        views["routing, through the orchestrator"] = ordered(
            tally((r.agent, r.route or "declined") for r in run_rows), order
        )
        views["errors and timeouts (counted as declined)"] = sum(r.error for r in mine)
        out[set_name] = views
    return out


def print_report(tables: dict[str, Any], elapsed: float) -> None:
    for set_name, views in tables.items():
        print(f"\n=== {set_title(set_name)} ===")
        for title, table in views.items():
            if title == "goal":
                right = table["right_on_must_answer_calculator_summarizer_code_reviewer"]
                print(
                    f"goal: right on {right}/{table['of']} = {right / max(1, table['of']):.0%} of the must-answer "
                    f"calculator/summarizer/code_reviewer items, straight to the agent (want >= 90%); "
                    f"wrong: {table['wrong_direct']} straight, {table['wrong_orchestrated']} orchestrated (want 0)"
                )
            elif isinstance(table, dict):
                label = "expected" if "expected" in title else "agent / pattern"
                print(format_table(title + ":", table, label=label))
            else:
                print(f"{title}: {table}")
    print(f"\n{elapsed:.0f} s")


def print_dev_misses(results: list[Scored], dev_path: Path) -> None:
    items = {item.id: item for item in load_dev(dev_path)}
    for r in sorted((r for r in results if r.set == "dev" and r.route != "right"), key=lambda r: r.id):
        item = items[r.id]
        called = ", ".join(r.called) or "nobody"
        print(f"  dev miss: want {', '.join(item.route)}, called {called} ({r.state}): {item.request}")


def print_tuning_misses(results: list[Scored], tuning_dir: Path) -> None:
    """Every tuning item not right, or right but routed to other agents than its label's, with its request, the
    state and the opening of what came back."""
    items = {item.id: item for item in load_tuning(tuning_dir)}
    misses = sorted(
        (r for r in results if r.set == "tuning" and (r.outcome != "right" or r.route not in (None, "right"))),
        key=lambda r: (r.id, r.mode),
    )
    if misses:
        print("\ntuning misses:")
    for r in misses:
        item = items[r.id]
        called = f" called {', '.join(r.called) or 'nobody'}" if r.mode == "orchestrated" else ""
        answer = " ".join(r.answer.split())[:200]
        misrouted = f"; routed {r.route}, labelled {', '.join(item.route)}" if r.route not in (None, "right") else ""
        print(f"  {r.outcome:<8} {r.id} [{r.mode}{called}] ({r.state}) {r.note}{misrouted}")
        print(f"           request: {item.request[:200]}")
        print(f"           answer:  {answer}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "answer accuracy").splitlines()[0])
    parser.add_argument(
        "--set", choices=["dev", "heldout", "tuning", "both"], default="both", help="both: dev and held-out"
    )
    parser.add_argument("--registry", help="a running mesh's registry URL (default: start `accord up`)")
    parser.add_argument("--token", default=os.environ.get("ACCORD_TOKEN"), help="bearer token for --registry")
    parser.add_argument("--limit", type=int, help="at most N items from each set, spread across it")
    parser.add_argument("--concurrency", type=int, default=4, help="calls in flight at once (default 4)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per item (default 60)")
    parser.add_argument("--json", action="store_true", help="print the tables as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list the dev set's routing misses")
    parser.add_argument("--heldout", type=Path, action="append", help=argparse.SUPPRESS)  # default: every file
    parser.add_argument("--dev", type=Path, default=DEV, help=f"the dev set (default: {DEV})")
    parser.add_argument("--tuning-dir", type=Path, default=HERE, help="where the tuning_*.json sets are")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1 or args.concurrency < 1 or args.timeout <= 0:
        parser.error("--limit and --concurrency must be at least 1, --timeout above 0")
    if args.set == "tuning" and not load_tuning(args.tuning_dir):
        parser.error(f"no tuning_*.json in {args.tuning_dir}")
    args.heldout = args.heldout or heldout_sets()
    missing = [str(path) for path in args.heldout if not path.is_file()] or ([] if args.heldout else [str(HERE)])
    if args.set in ("heldout", "both") and missing:
        parser.error(f"no held-out set at {', '.join(missing)}")
    if args.set in ("dev", "both") and not args.dev.is_file():
        parser.error(f"no dev set at {args.dev}; pass --dev PATH or --set heldout")
    started = time.perf_counter()
    if args.registry:
        results = asyncio.run(measure(args, args.registry.rstrip("/"), args.token))
    else:
        with local_mesh() as (registry_url, token):
            results = asyncio.run(measure(args, registry_url, token))
    tables = report(results)
    if args.json:
        elapsed = round(time.perf_counter() - started, 1)
        dev_misses = [asdict(r) for r in results if r.set == "dev" and r.route != "right"] if args.verbose else []
        tuning_misses = [asdict(r) for r in results if r.set == "tuning" and r.outcome != "right"]
        print(
            json.dumps(
                {"tables": tables, "elapsed_s": elapsed, "dev_misses": dev_misses, "tuning_misses": tuning_misses},
                indent=2,
            )
        )
    else:
        print_report(tables, time.perf_counter() - started)
        if args.verbose:
            print_dev_misses(results, args.dev)
        if args.set == "tuning":
            print_tuning_misses(results, args.tuning_dir)
    return 0


if __name__ == "__main__":
    stop_on_sigterm()
    sys.exit(main())
