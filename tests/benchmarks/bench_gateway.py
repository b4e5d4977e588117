"""The mesh: ``accord up``'s start-up time and memory, the MCP gateway's cost, and a supervisor run's.

Starts ``accord up`` (every default agent present) and the calculator's MCP tool server over HTTP, then, in the
same run, N sequential calls each of: ``ask_agent`` through the gateway at ``/mcp``; a raw MCP tool call to the
calculator's tool server; a raw A2A call to the calculator agent, in blocks that take turns (``BLOCKS``). The
gateway's p50 is compared with the sum of the two raw p50s (goal: at most 1.3x). A three-step supervisor run
through the orchestrator is compared with the sum of its three steps called directly (each step's agent and input
taken from the run record).

Time-to-ready is from launch to the ``ready:`` line. Memory is PSS (proportional set size, from
``/proc/PID/smaps_rollup``): pages shared by several processes (the agents forked from one launcher share its
imports and the encoder's weights) are divided among them, so the sum over the mesh's processes is the memory the
mesh really holds; the sum of RSS, which counts every shared page once per process, is printed beside it. The
start-up is also measured with ``accord up --no-launcher`` (each agent its own command), in the same run.

    python tests/benchmarks/bench_gateway.py [--calls 100] [--quick] [--figures PATH]
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

import httpx2
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agents.a2a_client import A2AConnection, task_data  # noqa: E402
from tests.benchmarks.bytecode import compile_packages  # noqa: E402
from tests.benchmarks.figures import Figure, write_figures  # noqa: E402
from tests.mesh.conftest import agent_processes, mesh_ports, processes_using  # noqa: E402
from tests.support.servers import free_port, stop, stop_on_sigterm, wait_for_http  # noqa: E402

QUESTION = "What is 17% of 2,340?"
# Three steps that all complete offline: one fed by another ("then ... that amount") and one apart.
SUPERVISED = (
    "Calculate 12% of 850, then write a one-sentence announcement that the team budget grew by that amount. "
    "Separately, is it true that the Great Wall of China is visible from space?"
)
ACCORD = str(Path(sys.executable).with_name("accord"))


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB; zeros for one that is gone."""
    rss = pss = 0
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1])
            elif line.startswith("Pss:"):
                pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


def rss_kb(pids: list[int]) -> int:
    return sum(memory_kb(pid)[0] for pid in pids)


def pss_kb(pids: list[int]) -> int:
    return sum(memory_kb(pid)[1] for pid in pids)


async def timed(calls: int, one) -> list[float]:
    for _ in range(3):
        await one()
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        await one()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


BLOCKS = 5
"""The calls of each kind are made in this many blocks, the kinds taking turns, so a change in the machine's load
during the run falls on the gateway and on its raw baselines alike (one block of each kind after another let a
burst of load elsewhere land on one kind only: the ratio swung from 0.8x to 1.5x between runs)."""


async def measure(calls: int, registry: str, token: str, tools_url: str, agent_url: str) -> dict[str, list[float]]:
    async with (
        httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=60) as http,
        Client(streamable_http_client(f"{registry}/mcp", http_client=http)) as gateway,
        Client(tools_url) as tools,
        A2AConnection(agent_url, token=token) as agent,
    ):

        async def via_gateway() -> None:
            result = await gateway.call_tool("ask_agent", {"agent": "calculator", "message": QUESTION})
            assert not result.is_error and "397.8" in result.structured_content["text"], result

        async def raw_mcp() -> None:
            result = await tools.call_tool("percent_of", {"percent": 17, "value": 2340})
            assert not result.is_error, result

        async def raw_a2a() -> None:
            await agent.send(QUESTION)

        kinds = {
            "gateway ask_agent (MCP -> A2A)": via_gateway,
            "raw MCP tool call (percent_of)": raw_mcp,
            "raw A2A call (calculator)": raw_a2a,
        }
        results: dict[str, list[float]] = {name: [] for name in kinds}
        per_block = max(1, calls // BLOCKS)
        for _ in range(BLOCKS):
            for name, one in kinds.items():
                results[name] += await timed(per_block, one)
    return results


async def supervisor_vs_direct(rounds: int, registry: str, token: str, agents: dict[str, str]) -> dict[str, float]:
    """A supervisor run's p50 against the sum of its steps' p50s, each step sent straight to its agent."""
    metadata = {"pattern": "supervisor"}
    async with A2AConnection(agents["orchestrator"], token=token, timeout_s=60) as orchestrator:
        record: dict = {}

        async def supervised() -> None:
            task = await orchestrator.send(SUPERVISED, metadata=metadata)
            record.update(next((d for d in task_data(task) if isinstance(d, dict) and "steps" in d), {}))

        runs = await timed(rounds, supervised)
    steps = [(s["agent"], s["input"]) for s in record.get("steps", [])]
    direct = 0.0
    for agent, text in steps:
        async with A2AConnection(agents[agent], token=token, timeout_s=60) as connection:

            async def one(connection=connection, text=text) -> None:
                await connection.send(text)

            direct += statistics.median(await timed(rounds, one))
    return {
        "supervisor p50": statistics.median(runs),
        "direct sum p50": direct,
        "steps": len(steps),
        "status": record.get("status", "?"),
    }


def start_up(launcher: bool, data_dir: str) -> tuple[subprocess.Popen, dict[str, float], dict[str, str]]:
    """``accord up`` on ``data_dir`` until ready: the process, its start-up figures and the agents' URLs."""
    env = {**os.environ, "ACCORD_DATA_DIR": data_dir, "ACCORD_MODEL": "local"}
    env.pop("ACCORD_TOKEN", None)
    port = mesh_ports(8)
    launched = time.perf_counter()
    up = subprocess.Popen(
        [ACCORD, "up", "--port", str(port), "--no-check", *([] if launcher else ["--no-launcher"])],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        start_new_session=True,
    )
    urls = {"registry": f"http://127.0.0.1:{port}"}
    assert up.stdout is not None
    for line in up.stdout:
        fields = line.split()
        if len(fields) >= 2 and fields[1].startswith("http://127.0.0.1:") and fields[0] != "registry":
            urls[fields[0]] = fields[1].rstrip("/")
        if line.startswith("ready:"):
            break
    else:
        raise RuntimeError(f"accord up exited ({up.wait()}) before it was ready")
    ready_s = time.perf_counter() - launched
    agents = agent_processes(Path(data_dir))
    pids = [up.pid, *processes_using(Path(data_dir))]
    per_agent = [memory_kb(pid)[1] for pid in agents]
    figures = {
        "ready_s": ready_s,
        "processes": len(pids),
        "pss_mb": pss_kb(pids) / 1024,
        "rss_mb": rss_kb(pids) / 1024,
        "agent_pss_mean_mb": statistics.fmean(per_agent) / 1024 if per_agent else 0.0,
        "agent_pss_max_mb": max(per_agent) / 1024 if per_agent else 0.0,
        "agent_rss_mean_mb": statistics.fmean(memory_kb(p)[0] for p in agents) / 1024 if agents else 0.0,
    }
    return up, figures, urls


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int)
    parser.add_argument("--quick", action="store_true", help="30 calls of each kind, 5 supervisor runs")
    parser.add_argument("--figures", help="write the figures as JSON to this file")
    args = parser.parse_args()
    compile_packages()  # measure an installed accord's start-up (bytecode.py)
    calls = args.calls or (30 if args.quick else 100)
    rounds = 5 if args.quick else 20
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as plain_dir:
        plain, without, _ = start_up(False, plain_dir)  # the comparison first, so it does not share a warm cache
        stop(plain, timeout_s=20.0)
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as data_dir:
        up, startup, urls = start_up(True, data_dir)
        tools_port = free_port()
        tools = subprocess.Popen(
            [ACCORD, "tools", "calculator", "--http", "--port", str(tools_port)],
            env={**os.environ, "ACCORD_DATA_DIR": data_dir},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            wait_for_http(f"http://127.0.0.1:{tools_port}/mcp", 30.0, tools)
            token = (Path(data_dir) / "registry-token").read_text().strip()
            registry = urls["registry"]
            results = asyncio.run(
                measure(calls, registry, token, f"http://127.0.0.1:{tools_port}/mcp", urls["calculator"])
            )
            supervised = asyncio.run(supervisor_vs_direct(rounds, registry, token, urls))
            pss_after = pss_kb([up.pid, *processes_using(Path(data_dir))]) / 1024
        finally:
            stop(up, timeout_s=20.0)
            stop(tools, timeout_s=20.0)
    print(f"accord up: ready in {startup['ready_s']:.2f} s from launch, {startup['processes']:.0f} processes")
    print(f"  --no-launcher (same run): ready in {without['ready_s']:.2f} s")
    print(f"mesh memory at ready: PSS {startup['pss_mb']:.0f} MB (sum of RSS {startup['rss_mb']:.0f} MB)")
    print(f"  --no-launcher: PSS {without['pss_mb']:.0f} MB (sum of RSS {without['rss_mb']:.0f} MB)")
    print(f"  per agent: PSS {startup['agent_pss_mean_mb']:.0f} MB mean, {startup['agent_pss_max_mb']:.0f} MB max")
    print(f"  after the calls: PSS {pss_after:.0f} MB\n")
    print(f"{'call':<34} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}")
    p50 = {}
    for name, samples in results.items():
        p50[name] = statistics.median(samples)
        p95 = statistics.quantiles(samples, n=20)[18]
        print(f"{name:<34} {p50[name]:>8.1f} {p95:>8.1f} {statistics.fmean(samples):>8.1f}")
    gateway, *raw = p50.values()
    print(f"\ngateway p50 / (raw MCP p50 + raw A2A p50) = {gateway / sum(raw):.2f}x (goal <= 1.3x)")
    ratio = supervised["supervisor p50"] / supervised["direct sum p50"] if supervised["direct sum p50"] else 0.0
    print(
        f"supervisor run ({supervised['steps']} steps, {supervised['status']}): p50 "
        f"{supervised['supervisor p50']:.1f} ms vs its steps called directly {supervised['direct sum p50']:.1f} ms "
        f"= {ratio:.2f}x"
    )
    if args.figures:
        name = "bench_gateway"
        write_figures(
            args.figures,
            [
                Figure(name, "accord up to all registered", startup["ready_s"], "s", goal=3.0),
                Figure(name, "accord up --no-launcher to all registered", without["ready_s"], "s"),
                Figure(name, "mesh memory at ready (PSS)", startup["pss_mb"], "MB", goal=600),
                Figure(name, "mesh memory at ready, --no-launcher (PSS)", without["pss_mb"], "MB"),
                Figure(name, "mesh memory at ready (sum of RSS)", startup["rss_mb"], "MB"),
                Figure(name, "memory per agent process (PSS, mean)", startup["agent_pss_mean_mb"], "MB"),
                Figure(name, "memory per agent process (PSS, max)", startup["agent_pss_max_mb"], "MB"),
                Figure(name, "memory per agent process, --no-launcher (PSS, mean)", without["agent_pss_mean_mb"], "MB"),
                Figure(name, "mesh memory after the calls (PSS)", pss_after, "MB"),
                Figure(name, "gateway ask_agent (x raw MCP + raw A2A)", gateway / sum(raw), "x", goal=1.3),
                Figure(name, "3-step supervisor run (x its steps called directly)", ratio, "x", goal=1.3),
                Figure(name, "3-step supervisor run p50", supervised["supervisor p50"], "ms"),
            ],
        )
    return 0


if __name__ == "__main__":
    stop_on_sigterm()
    sys.exit(main())
