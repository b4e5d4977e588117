"""Where an A2A hop's time goes: py-spy on the calculator agent while one client drives it.

    python -m tests.benchmarks.profile_hop [--mode concurrent|sequential] [--seconds 20] [--tool] [--out DIR]

Starts ``accord serve calculator`` (offline model, SQLite tasks, or ``--postgres URL``), warms it up, then records
it with py-spy (``pip install py-spy``; not a dependency of accord) while an a2a-sdk client sends the no-tool
request (``--tool``: the one-tool request) at concurrency 16 or one at a time. Prints the frames that hold the most
samples, self and inclusive, and the share of a few named areas (the SDK's task store, SQLAlchemy, the event
pipeline, accord's runtime, the HTTP server); the collapsed stacks stay in ``--out`` for a flame graph.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from a2a.client import ClientConfig, ClientFactory
from a2a.types import SendMessageRequest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agents.a2a_client import A2AConnection, user_message  # noqa: E402
from tests.benchmarks.bench_a2a_hop import NO_TOOL, ONE_TOOL, serve_calculator  # noqa: E402
from tests.support.servers import free_port  # noqa: E402

AREAS = {
    "SDK task store (a2a/server/tasks)": "a2a/server/tasks/",
    "SDK request handler + events": ("a2a/server/request_handlers/", "a2a/server/events/", "a2a/server/agent_exec"),
    "SDK routes / JSON-RPC / protobuf JSON": ("a2a/server/routes/", "google/protobuf/", "a2a/compat/"),
    "SQLAlchemy": "sqlalchemy/",
    "aiosqlite / sqlite3": ("aiosqlite/", "sqlite3"),
    "asyncpg": "asyncpg/",
    "accord servers/a2a": "servers/a2a/",
    "accord agents/ (runtime, models, toolbox)": "agents/",
    "accord patterns/ (ranking...)": "patterns/",
    "mcp": "mcp/",
    "pydantic": "pydantic",
    "uvicorn + h11/httptools": ("uvicorn/", "h11/", "httptools"),
    "starlette": "starlette/",
    "asyncio event loop": "asyncio/",
    "logging": "logging/",
    "opentelemetry / prometheus": ("opentelemetry/", "prometheus_client/"),
}

WAITING = (
    "Condition.wait (",
    "Queue.get (",
    "EpollSelector.select (",
    "Event.wait (",
    "_worker (concurrent",
    # A thread blocked in ``SimpleQueue.get`` (C code, no frame of its own) shows as the loop that calls it.
    "_SqliteThread._serve (",
    "_connection_worker_thread (aiosqlite/",
)
"""Leaf frames of a thread that waits: py-spy counts some as active, but they hold no CPU worth profiling."""

LOOP_POLL = "Runner.run (asyncio/runners.py"
"""uvloop's native loop as the leaf: waiting in epoll for I/O (and libuv's own small work), not Python code."""


async def drive(url: str, text: str, seconds: float, concurrency: int) -> int:
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=concurrency * 2)) as http:
        async with A2AConnection(url, http=http) as connection:
            card = connection.card
        assert card is not None
        client = ClientFactory(ClientConfig(streaming=False, httpx_client=http)).create(card)

        async def once() -> None:
            async for _ in client.send_message(SendMessageRequest(message=user_message(text))):
                pass

        for _ in range(50):
            await once()
        done = 0
        deadline = time.monotonic() + seconds

        async def worker() -> None:
            nonlocal done
            while time.monotonic() < deadline:
                await once()
                done += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return done


def summarise(collapsed: Path, top: int = 25) -> str:
    """Self and inclusive shares of the busiest frames, and the named areas' inclusive shares."""
    self_counts: collections.Counter[str] = collections.Counter()
    inclusive: collections.Counter[str] = collections.Counter()
    areas: collections.Counter[str] = collections.Counter()
    total = polling = 0
    for line in collapsed.read_text().splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [f for f in stack.split(";") if not f.startswith("process ") and not f.startswith("thread ")]
        if not frames or frames[-1].startswith(WAITING):
            continue
        if frames[-1].startswith(LOOP_POLL):
            polling += count
            continue
        total += count
        self_counts[frames[-1]] += count
        for frame in set(frames):
            inclusive[frame] += count
        for area, markers in AREAS.items():
            markers = (markers,) if isinstance(markers, str) else markers
            if any(m in frame for frame in frames for m in markers):
                areas[area] += count
    lines = [
        f"{total} samples (busy only: waiting threads left out, and {polling} of the event loop polling for I/O)",
        "",
        "self:",
    ]
    lines += [f"  {100 * n / total:5.1f}%  {frame}" for frame, n in self_counts.most_common(top)]
    lines += ["", "inclusive:"]
    lines += [f"  {100 * n / total:5.1f}%  {frame}" for frame, n in inclusive.most_common(top * 2)]
    lines += ["", "areas (inclusive; they overlap):"]
    lines += [f"  {100 * n / total:5.1f}%  {area}" for area, n in areas.most_common()]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mode", choices=["concurrent", "sequential"], default="concurrent")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--tool", action="store_true", help="the one-tool request instead of the no-tool one")
    parser.add_argument("--postgres", help="keep the agent's tasks on this PostgreSQL URL")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "accord-profile")
    args = parser.parse_args()
    py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(py_spy).exists():
        print("py-spy is not installed: pip install py-spy", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    port = free_port()
    concurrency = 16 if args.mode == "concurrent" else 1
    label = f"{args.mode}{'-tool' if args.tool else ''}{'-postgres' if args.postgres else ''}"
    collapsed = args.out / f"hop-{label}.txt"
    with tempfile.TemporaryDirectory() as data_dir:
        env = {"ACCORD_DATABASE_URL": args.postgres} if args.postgres else {}
        agent = serve_calculator(port, data_dir, env)
        try:
            url = f"http://127.0.0.1:{port}"
            recorder = None

            async def run() -> int:
                nonlocal recorder
                warm = asyncio.create_task(drive(url, ONE_TOOL if args.tool else NO_TOOL, args.seconds, concurrency))
                await asyncio.sleep(3.0)  # the warm-up calls are done by then on an idle machine
                recorder = subprocess.Popen(
                    [py_spy, "record", "-p", str(agent.pid), "-r", "250", "-d", str(int(args.seconds - 4)), "-f", "raw"]
                    + ["-o", str(collapsed)],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                return await warm

            done = asyncio.run(run())
            assert recorder is not None
            recorder.wait(60)
        finally:
            agent.terminate()
            agent.wait(30)
    print(f"{label}: {done} requests in {args.seconds:g} s at concurrency {concurrency} ({done / args.seconds:.0f}/s)")
    print(f"collapsed stacks: {collapsed}\n")
    print(summarise(collapsed))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("ACCORD_MODEL", "local")
    sys.exit(main())
