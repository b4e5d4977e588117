"""A user publishes an agent of their own: a spec file, a card beside it, and any MCP server as its tools."""

import json
import sys

import pytest

from agents.a2a_client import A2AConnection, task_text
from agents.models import LocalModel
from agents.settings import Settings
from agents.spec import load_spec
from servers.a2a.hosting import agent_app
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio

CARD = {
    "name": "echoer",
    "description": "Repeats what it is told.",
    "version": "1.0.0",
    "capabilities": {"streaming": True},
    "defaultInputModes": ["text/plain"],
    "defaultOutputModes": ["text/plain"],
    "skills": [{"id": "echo", "name": "Echo", "description": "Repeats text", "tags": ["echo"]}],
}


async def test_an_agent_from_a_spec_file_with_its_own_card_and_a_stdio_tool_server(tmp_path):
    (tmp_path / "echoer.json").write_text(json.dumps(CARD))
    (tmp_path / "echoer.toml").write_text(
        'name = "echoer"\ncard = "echoer.json"\nmodel = "local"\n'
        f'[[tool_servers]]\nname = "toy"\ncommand = "{sys.executable}"\nargs = ["-m", "tests.support.toy_tools"]\n'
    )
    spec = load_spec(tmp_path / "echoer.toml")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    async with running(agent_app(spec, Settings(data_dir=tmp_path), url, model=LocalModel()), port):
        async with A2AConnection(url) as agent:
            assert agent.card.name == "echoer"
            task = await agent.send("Repeat the text: accord speaks A2A and MCP")
    assert task_text(task) == "accord speaks A2A and MCP"
