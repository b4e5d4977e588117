"""Registry benchmark: 10,000 synthetic cards; search by skill, tag and free text, in-process and over HTTP.

Run: ``python tests/benchmarks/bench_registry.py [--cards 10000] [--queries 300] [--quick] [--figures PATH]``.
Prints one table; ``--quick`` is 2,000 cards and 100 queries (the figures name the card count).

The cards are registered in-process into a SQLite file (registrations per second, embeddings precomputed in one
batch and timed apart), then ``accord registry`` is started as a real process on that data dir (its start-up
time is the index rebuild from stored embeddings), and the same queries go over HTTP with keep-alive. Each query
is unique, so the encoder's text cache never answers a free-text query.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from agents.models.embeddings import sentence_embedder  # noqa: E402
from servers.registry import Directory, SqlRegistryStore, database_url  # noqa: E402
from servers.registry.cards import parse_card  # noqa: E402
from tests.benchmarks.figures import Figure, write_figures  # noqa: E402
from tests.registry.conftest import make_card  # noqa: E402
from tests.support.servers import free_port, wait_for_http  # noqa: E402

TOPICS = (
    "invoice billing payments refunds tax accounting ledger budget forecast payroll translation french spanish "
    "german poetry summarise summary report legal contract review compliance privacy code python rust testing "
    "security audit weather forecast maps routing travel booking flights hotels recipes cooking nutrition "
    "fitness medicine symptoms chemistry physics math statistics charts plotting images photos video audio "
    "music lyrics email calendar scheduling meetings notes search web crawler news sports finance stocks "
    "crypto insurance claims support tickets sentiment classification extraction ocr pdf spreadsheet sql"
).split()
VERBS = "analyses drafts checks converts finds plans answers explains generates tracks compares monitors".split()


def synthetic_card(i: int, rng: random.Random) -> dict:
    topics = rng.sample(TOPICS, 4)
    skills = [
        (
            f"skill-{rng.randrange(300)}",
            f"{t.title()} {rng.choice(VERBS)}",
            f"{rng.choice(VERBS).title()} {t} and {rng.choice(TOPICS)} for {rng.choice(TOPICS)} teams",
            [t, rng.choice(TOPICS), f"tag-{rng.randrange(200)}"],
        )
        for t in topics[:3]
    ]
    description = f"Agent {i}: {rng.choice(VERBS)} {topics[0]}, {topics[1]} and {topics[3]}."
    return make_card(f"agent-{i:05d}", description=description, skills=skills, url=f"http://127.0.0.1:9/{i}/")


def random_query(rng: random.Random, i: int) -> str:
    return f"{rng.choice(VERBS)} my {rng.choice(TOPICS)} {rng.choice(TOPICS)} {i}"


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


async def register_all(url: str, cards: list[dict]) -> tuple[float, Directory]:
    directory = Directory(SqlRegistryStore(url))
    await directory.open()
    started = time.perf_counter()
    for card in cards:
        await directory.register(card=card)
    return len(cards) / (time.perf_counter() - started), directory


async def time_in_process(directory: Directory, queries: dict[str, list[dict]]) -> dict[str, tuple[float, float]]:
    results = {}
    for kind, params in queries.items():
        samples = []
        for p in params:
            started = time.perf_counter()
            await directory.search(skill=p.get("skill"), tag=p.get("tag"), query=p.get("q"))
            samples.append(time.perf_counter() - started)
        results[kind] = percentiles(samples)
    return results


def time_http(base: str, queries: dict[str, list[dict]]) -> dict[str, tuple[float, float]]:
    results = {}
    with httpx.Client(base_url=base, timeout=30) as client:
        client.get("/agents", params={"q": "warm up"})
        for kind, params in queries.items():
            samples = []
            for p in params:
                started = time.perf_counter()
                response = client.get("/agents", params=p)
                samples.append(time.perf_counter() - started)
                assert response.status_code == 200, response.text
            results[kind] = percentiles(samples)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cards", type=int)
    parser.add_argument("--queries", type=int)
    parser.add_argument("--quick", action="store_true", help="2,000 cards, 100 queries")
    parser.add_argument("--figures", help="write the figures as JSON to this file")
    args = parser.parse_args(argv)
    args.cards = args.cards or (2_000 if args.quick else 10_000)
    args.queries = args.queries or (100 if args.quick else 300)
    rng = random.Random(7)
    cards = [synthetic_card(i, rng) for i in range(args.cards)]
    extra = [synthetic_card(args.cards + i, rng) for i in range(200)]
    rows: list[tuple[str, str]] = []

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        url = database_url(None, data_dir)
        started = time.perf_counter()
        sentence_embedder().embed([parse_card(c).document for c in cards])
        rows.append(("encode documents, one batch", f"{args.cards / (time.perf_counter() - started):,.0f} cards/s"))
        query_rng = random.Random(11)
        n = args.queries
        queries = {
            "skill": [{"skill": f"skill-{query_rng.randrange(300)}"} for _ in range(n)],
            "tag": [{"tag": f"tag-{query_rng.randrange(200)}"} for _ in range(n)],
            "free text": [{"q": random_query(query_rng, i)} for i in range(n)],
            "free text + tag": [
                {"q": random_query(query_rng, n + i), "tag": query_rng.choice(TOPICS)} for i in range(n)
            ],
        }

        async def in_process() -> tuple[float, dict[str, tuple[float, float]]]:
            # One event loop for the directory's whole life: it keeps tasks of its own on the loop that opened it.
            rate, directory = await register_all(url, cards)
            try:
                return rate, await time_in_process(directory, queries)
            finally:
                await directory.close()

        rate, local = asyncio.run(in_process())
        rows.append(("register in-process (embedding cached)", f"{rate:,.0f} cards/s"))

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "ACCORD_DATA_DIR": tmp, "ACCORD_TOKEN": "bench"}
        command = [str(Path(sys.executable).with_name("accord")), "registry", "--port", str(port)]
        started = time.perf_counter()
        server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_for_http(f"{base}/health", timeout_s=120, process=server)
            rows.append(("registry start-up with the index rebuilt", f"{time.perf_counter() - started:.1f} s"))
            remote = time_http(base, {k: [{**p} for p in v] for k, v in queries.items()})
            with httpx.Client(base_url=base, headers={"Authorization": "Bearer bench"}, timeout=30) as client:
                started = time.perf_counter()
                for card in extra:
                    assert client.post("/agents", json={"card": card}).status_code == 201
                rate = len(extra) / (time.perf_counter() - started)
            rows.append(("register over HTTP (encoding each card)", f"{rate:,.0f} cards/s"))
        finally:
            server.terminate()
            server.wait(30)

    print(f"\nregistry benchmark: {args.cards:,} cards, {args.queries} unique queries per row, limit 50\n")
    header = f"{'search':<18}{'in-process p50':>16}{'p95':>9}{'HTTP p50':>12}{'p95':>9}{'goal p95':>10}"
    print(header)
    print("-" * len(header))
    for kind in queries:
        goal = "5 ms" if kind in ("skill", "tag") else "20 ms"
        (lp50, lp95), (hp50, hp95) = local[kind], remote[kind]
        print(f"{kind:<18}{lp50:>13.2f} ms{lp95:>6.2f} ms{hp50:>9.2f} ms{hp95:>6.2f} ms{goal:>10}")
    print()
    for label, value in rows:
        print(f"{label:<44}{value:>16}")
    if args.figures:
        goals = {"skill": 5.0, "tag": 5.0, "free text": 20.0, "free text + tag": 20.0}
        figures = [
            Figure(
                "bench_registry", f"HTTP search p95 at {args.cards:,} cards, {kind}", remote[kind][1], "ms", goal=goal
            )
            for kind, goal in goals.items()
        ]
        write_figures(args.figures, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
