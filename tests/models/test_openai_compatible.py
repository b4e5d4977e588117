"""The OpenAI-compatible backend (Ollama, vLLM, llama.cpp, LM Studio) through the real openai client."""

import sys

import pytest

from agents.a2a_client import A2AConnection, state_name, task_text
from agents.errors import ConfigurationError
from agents.models import select_model
from agents.models.openai_compatible import OpenAICompatibleModel
from agents.runtime import Agent, TextDelta
from agents.settings import Settings
from agents.spec import builtin_spec
from servers.tools.calculator import create_server
from tests.models.conftest import openai_model, team
from tests.support import fake_openai
from tests.support.servers import running

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("stream", [False, True])
async def test_a_local_model_server_runs_the_tool_loop(stream):
    app = fake_openai.create_app(arguments={"percent": 17, "value": 2340})
    deltas = []

    async def collect(event):
        if isinstance(event, TextDelta):
            deltas.append(event.text)

    async with running(app) as url:
        model = openai_model(url)
        async with Agent(builtin_spec("calculator"), model, local_servers={"calculator": create_server()}) as agent:
            outcome = await agent.run("percent_of: what is 17% of 2,340?", on_event=collect, stream_text=stream)
    assert outcome.status == "completed" and "397.8" in outcome.text and outcome.cost_usd == 0.0
    first, second = (r["body"] for r in app.state.requests)
    assert first["model"] == "qwen2.5:7b" and first["messages"][0]["role"] == "system"
    assert first["tools"][0]["type"] == "function" and second["messages"][-1]["role"] == "tool"
    assert bool(deltas) == stream and bool(first.get("stream")) == stream
    # the second prompt starts with the first: the server reports that part as cached, and it is counted so
    assert outcome.usage.cache_read_tokens > 0 and outcome.usage.output_tokens == 14


async def test_accord_model_names_a_model_on_the_server_for_an_agent_served_over_a2a(tmp_path):
    app = fake_openai.create_app(script=[{"content": "A short toast: to the team, and to lunch!"}])
    async with running(app) as url:
        settings = Settings(data_dir=tmp_path, model="openai-compatible:qwen2.5:7b", openai_base_url=f"{url}/v1")
        async with team(tmp_path, settings) as mesh:
            agent_url = await mesh.agent("writer")
            chunks = []

            async def seen(event):
                if event.HasField("artifact_update") and not event.artifact_update.last_chunk:
                    chunks.append(event.artifact_update)

            async with A2AConnection(agent_url, timeout_s=20) as agent:
                task = await agent.send("Write a toast", on_update=seen)
    assert state_name(task) == "completed" and task_text(task) == "A short toast: to the team, and to lunch!"
    assert chunks and app.state.requests[0]["body"]["stream"] is True
    assert task.artifacts[0].metadata["model"] == "openai-compatible:qwen2.5:7b"


def test_without_the_extra_the_error_names_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "openai", None)
    with pytest.raises(ConfigurationError, match=r'pip install "accord\[openai\]"'):
        select_model("openai-compatible:qwen2.5:7b", Settings())


def test_the_server_url_and_key_come_from_the_environment():
    settings = Settings.from_env({"ACCORD_OPENAI_BASE_URL": "http://127.0.0.1:11434/v1/", "ACCORD_OPENAI_API_KEY": "k"})
    assert settings.openai_base_url == "http://127.0.0.1:11434/v1" and settings.openai_api_key == "k"
    model = select_model("openai-compatible:llama3.2", settings)
    assert isinstance(model, OpenAICompatibleModel) and model.base_url == "http://127.0.0.1:11434/v1"
    with pytest.raises(ValueError, match="ACCORD_OPENAI_BASE_URL must be an http"):
        Settings.from_env({"ACCORD_OPENAI_BASE_URL": "file:///etc/passwd"})
