"""The orchestrator served by hosting: its spec's model and ACCORD_MODEL decide its own routing calls."""

import pytest

from agents.a2a_client import A2AConnection, state_name
from agents.settings import Settings
from agents.spec import AgentSpec
from servers.a2a.hosting import orchestrator_app
from tests.orchestration.conftest import mesh_at
from tests.support import fake_anthropic
from tests.support.servers import running

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("accord_model", [None, "local"])
async def test_the_orchestrators_spec_model_and_accord_model_decide_its_routing(tmp_path, monkeypatch, accord_model):
    app = fake_anthropic.create_app(arguments={"agent": "calculator", "confidence": 0.9})
    async with running(app) as fake:
        monkeypatch.setenv("ANTHROPIC_BASE_URL", fake)
        async with mesh_at(tmp_path) as mesh:
            await mesh.specialist("calculator")
            settings = Settings(
                data_dir=tmp_path, registry_url=mesh.registry_url, anthropic_api_key="sk-test", model=accord_model
            )
            spec = AgentSpec(name="orchestrator", card="orchestrator", model="claude-haiku-4-5")
            url = await mesh.serve(lambda base: orchestrator_app(settings, base, spec=spec), "orchestrator")
            async with A2AConnection(url, timeout_s=30) as agent:
                task = await agent.send("What is 17% of 2,340?")
    assert state_name(task) == "completed"
    expected = [] if accord_model == "local" else ["claude-haiku-4-5"]  # routing, on the spec's model
    assert [r["body"]["model"] for r in app.state.requests] == expected
