"""``accord mcp`` with no registry answering starts the mesh itself, and leaves no process behind on exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from mcp import Client, StdioServerParameters

from tests.mesh.conftest import processes_using, wait_gone

pytestmark = pytest.mark.anyio
ACCORD = str(Path(sys.executable).with_name("accord"))


async def test_mcp_boots_the_mesh_and_stops_it_on_exit(tmp_path: Path) -> None:
    env = {**os.environ, "ACCORD_DATA_DIR": str(tmp_path)}
    notes: list[str | None] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        notes.append(message)

    async with Client(StdioServerParameters(command=ACCORD, args=["mcp"], env=env)) as client:
        assert processes_using(tmp_path)
        # initialize was answered while the mesh still starts: the first tool waits for it, reporting progress
        listed = await client.call_tool("list_agents", {}, progress_callback=on_progress)
        agents = listed.structured_content["result"]
        question = {"agent": "calculator", "message": "What is the square root of 1764?"}
        answer = await client.call_tool("ask_agent", question)
    assert {a["name"] for a in agents} >= {"calculator"}
    assert notes and all(m and m.startswith("starting the mesh: ") for m in notes)
    assert "42" in answer.structured_content["text"]
    assert wait_gone(tmp_path) == []


def test_print_config_gives_absolute_paths(tmp_path: Path) -> None:
    env = {**os.environ, "ACCORD_DATA_DIR": str(tmp_path)}
    out = subprocess.run([ACCORD, "mcp", "--print-config"], capture_output=True, text=True, env=env, timeout=30)
    entry = json.loads(out.stdout)["mcpServers"]["accord"]
    assert Path(entry["command"]).is_absolute() and entry["args"][-1] == "mcp"
    assert entry["env"]["ACCORD_DATA_DIR"] == str(tmp_path)
