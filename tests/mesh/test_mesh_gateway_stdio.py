"""The gateway over stdio, as Claude Desktop runs it: ``accord mcp`` as a subprocess, through the MCP client."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters

pytestmark = pytest.mark.anyio


def gateway(mesh, *extra: str) -> Client:
    env = {**os.environ, "ACCORD_DATA_DIR": str(mesh.data_dir)}
    accord = str(Path(sys.executable).with_name("accord"))
    return Client(StdioServerParameters(command=accord, args=["mcp", "--registry", mesh.url, *extra], env=env))


async def test_gateway_lists_the_mesh_agents(mesh) -> None:
    async with gateway(mesh) as client:
        tools = {tool.name for tool in (await client.list_tools()).tools}
        result = await client.call_tool("list_agents", {})
    assert {"list_agents", "ask_agent", "orchestrate", "get_run"} <= tools
    names = {agent["name"] for agent in result.structured_content["result"]}
    assert "calculator" in names and all(a["status"] == "up" for a in result.structured_content["result"])


async def test_ask_agent_answers_and_reports_progress(mesh) -> None:
    seen: list[str] = []

    async def progress(value: float, total: float | None, message: str | None) -> None:
        seen.append(message or "")

    async with gateway(mesh, "--call-timeout", "30") as client:
        result = await client.call_tool(
            "ask_agent", {"agent": "calculator", "message": "What is 17% of 2,340?"}, progress_callback=progress
        )
    assert not result.is_error
    assert result.structured_content["state"] == "completed"
    assert "397.8" in result.structured_content["text"]
    assert any(m.startswith("calculator: ") for m in seen)


async def test_a_long_call_returns_a_run_id_and_get_run_gives_the_rest(mesh) -> None:
    async with gateway(mesh, "--call-timeout", "0.01") as client:
        early = (
            await client.call_tool("ask_agent", {"agent": "calculator", "message": "What is the square root of 1764?"})
        ).structured_content
        assert early["state"] == "working" and early["run_id"]
        with anyio.fail_after(30):
            while (run := (await client.call_tool("get_run", {"run_id": early["run_id"]})).structured_content)[
                "state"
            ] == "working":
                await anyio.sleep(0.1)
    assert run["state"] == "completed" and "42" in run["text"]


async def test_unknown_agent_is_a_tool_error(mesh) -> None:
    async with gateway(mesh) as client:
        result = await client.call_tool("ask_agent", {"agent": "nobody", "message": "hi"})
        missing = await client.call_tool("get_run", {"run_id": "no-such-run"})
    assert result.is_error and "no agent named 'nobody'" in result.content[0].text
    assert missing.is_error and "no-such-run" in missing.content[0].text


async def test_agent_card_resource(mesh) -> None:
    async with gateway(mesh) as client:
        resource = await client.read_resource("accord://agents/calculator")
    assert '"name": "calculator"' in resource.contents[0].text


async def test_orchestrate_streams_progress_and_get_run_finds_the_run(mesh) -> None:
    seen: list[str] = []

    async def progress(value: float, total: float | None, message: str | None) -> None:
        seen.append(message or "")

    async with gateway(mesh, "--call-timeout", "45") as client:
        result = await client.call_tool(
            "orchestrate", {"task": "What is 12 * 7?", "pattern": "router"}, progress_callback=progress
        )
        assert not result.is_error, result.content
        done = result.structured_content
        again = (
            await client.call_tool("get_run", {"run_id": done.get("run_id") or done["task_id"]})
        ).structured_content
    assert done["state"] == "completed" and "84" in done["text"]
    assert any(m.startswith("orchestrator: ") for m in seen)
    assert again["state"] in ("completed", "partial")
