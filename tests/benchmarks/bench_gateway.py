"""The MCP gateway's cost, and ``accord up``'s start-up time and memory.

Starts ``accord up`` (every default agent present) and the calculator's MCP tool server over HTTP, then, in the
same run, N sequential calls each of: ``ask_agent`` through the gateway at ``/mcp``; a raw MCP tool call to the
calculator's tool server; a raw A2A call to the calculator agent. The gateway's p50 is compared with the sum of
the two raw p50s (goal: at most 1.3x). Time-to-ready is from launch to the ``ready:`` line; RSS is the sum of
VmRSS over the supervisor and every agent process.

    python tests/benchmarks/bench_gateway.py [--calls 100]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
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

from agents.a2a_client import A2AConnection  # noqa: E402
from tests.mesh.conftest import mesh_ports, processes_using  # noqa: E402
from tests.support.servers import free_port, wait_for_http  # noqa: E402

QUESTION = "What is 17% of 2,340?"
ACCORD = str(Path(sys.executable).with_name("accord"))


def rss_kb(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


async def timed(calls: int, one) -> list[float]:
    for _ in range(3):
        await one()
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        await one()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


async def measure(calls: int, registry: str, token: str, tools_url: str, agent_url: str) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {}
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=60) as http:
        async with Client(streamable_http_client(f"{registry}/mcp", http_client=http)) as gateway:

            async def via_gateway() -> None:
                result = await gateway.call_tool("ask_agent", {"agent": "calculator", "message": QUESTION})
                assert not result.is_error and "397.8" in result.structured_content["text"], result

            results["gateway ask_agent (MCP -> A2A)"] = await timed(calls, via_gateway)
    async with Client(tools_url) as tools:

        async def raw_mcp() -> None:
            result = await tools.call_tool("percent_of", {"percent": 17, "value": 2340})
            assert not result.is_error, result

        results["raw MCP tool call (percent_of)"] = await timed(calls, raw_mcp)
    async with A2AConnection(agent_url, token=token) as agent:

        async def raw_a2a() -> None:
            await agent.send(QUESTION)

        results["raw A2A call (calculator)"] = await timed(calls, raw_a2a)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="accord-bench-") as data_dir:
        env = {**os.environ, "ACCORD_DATA_DIR": data_dir}
        env.pop("ACCORD_TOKEN", None)
        port = mesh_ports(8)
        launched = time.perf_counter()
        up = subprocess.Popen(
            [ACCORD, "up", "--port", str(port), "--no-check"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,
        )
        tools_port = free_port()
        tools = subprocess.Popen(
            [ACCORD, "tools", "calculator", "--http", "--port", str(tools_port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        try:
            ready_line = ""
            for line in up.stdout:
                if line.startswith("calculator "):
                    agent_url = line.split()[1].rstrip("/")
                if line.startswith("ready:"):
                    ready_line = line.strip()
                    break
            ready_s = time.perf_counter() - launched
            pids = [up.pid, *processes_using(Path(data_dir))]
            rss_ready = rss_kb(pids)
            wait_for_http(f"http://127.0.0.1:{tools_port}/mcp", 30.0, tools)
            token = (Path(data_dir) / "registry-token").read_text().strip()
            results = asyncio.run(
                measure(args.calls, f"http://127.0.0.1:{port}", token, f"http://127.0.0.1:{tools_port}/mcp", agent_url)
            )
            rss_after = rss_kb([up.pid, *processes_using(Path(data_dir))])
        finally:
            for process in (up, tools):
                process.send_signal(signal.SIGTERM)
                process.wait(20)
    print(f"accord up: {ready_line} (time to ready from launch: {ready_s:.2f} s, {len(pids)} processes)")
    print(f"mesh RSS (sum of VmRSS): {rss_ready / 1024:.0f} MB at ready, {rss_after / 1024:.0f} MB after the calls\n")
    print(f"{'call':<34} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}")
    p50 = {}
    for name, samples in results.items():
        p50[name] = statistics.median(samples)
        p95 = statistics.quantiles(samples, n=20)[18]
        print(f"{name:<34} {p50[name]:>8.1f} {p95:>8.1f} {statistics.fmean(samples):>8.1f}")
    gateway, *raw = p50.values()
    print(f"\ngateway p50 / (raw MCP p50 + raw A2A p50) = {gateway / sum(raw):.2f}x (goal <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
