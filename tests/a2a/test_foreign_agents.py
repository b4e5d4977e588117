"""Foreign agents both ways: a real a2a-sdk 0.3 agent and a real fasta2a agent, each in its own environment.

We call them: ``accord ask`` (streaming and not) and the orchestrator, finding them in the registry. They call
us: the 0.3 SDK's client finds our agents on the legacy card path and calls them; fasta2a's client reaches them too.
"""

from __future__ import annotations

import anyio
import httpx
import pytest
from a2a.types import GetTaskRequest, ListTasksRequest, TaskState

from agents.models import LocalModel
from agents.orchestrator import Orchestrator
from agents.registry import Registry
from agents.settings import Settings
from agents.spec import builtin_spec
from patterns import Request, Result
from servers.a2a.card import LEGACY_CARD_PATH
from servers.a2a.conformance import conformance_app
from servers.a2a.hosting import agent_app
from servers.registry.service import build_registry
from tests.a2a.conftest import sdk_client
from tests.a2a.foreign import accord, foreign_agent, run_client
from tests.support.servers import free_port, running

pytestmark = pytest.mark.foreign
AGENTS = [("a2a-sdk-0.3", "sdk03_agent.py", "sdk03 echo"), ("fasta2a", "fasta2a_agent.py", "fasta2a echo")]
ASKED = "Translate and summarize: bonjour"  # words of both foreign agents' skills, so the router picks them


@pytest.mark.parametrize(("framework", "script", "answer"), AGENTS)
@pytest.mark.parametrize("stream", [False, True])
def test_accord_ask_gets_the_foreign_agent_s_answer(framework, script, answer, stream):
    with foreign_agent(framework, script) as url:
        done = accord("ask", url, "bonjour", *(["--stream"] if stream else []))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{answer}: bonjour"
    assert "Traceback" not in done.stderr


@pytest.mark.anyio
@pytest.mark.parametrize(("framework", "script", "answer"), AGENTS)
async def test_the_orchestrator_routes_to_a_foreign_agent_found_in_the_registry(
    tmp_path, monkeypatch, framework, script, answer
):
    monkeypatch.setenv("ACCORD_RANKER", "bm25")
    registry = build_registry(Settings(data_dir=tmp_path), open_writes=True)
    with foreign_agent(framework, script) as url:
        async with running(registry.app) as registry_url:
            async with Registry(registry_url) as client:
                record = await client.register(f"{url}/.well-known/agent-card.json")
                async with Orchestrator(registry=client) as orchestrator:
                    request = Request(ASKED, metadata={"pattern": "router", "agents": [record.name]})
                    result = [e async for e in orchestrator.stream(request) if isinstance(e, Result)][-1]
    assert result.status == "completed", result.error
    assert result.text.strip() == f"{answer}: {ASKED}"


@pytest.mark.anyio
async def test_a_0_3_sdk_client_finds_and_calls_our_agents_on_the_legacy_card_path(tmp_path):
    settings = Settings(data_dir=tmp_path)
    ports = [free_port(), free_port()]
    apps = [
        agent_app(builtin_spec("calculator"), settings, f"http://127.0.0.1:{ports[0]}", model=LocalModel()),
        conformance_app(settings, f"http://127.0.0.1:{ports[1]}"),
    ]
    async with running(apps[0], ports[0]) as calculator, running(apps[1], ports[1]) as conformance:
        for streaming in ("", "streaming"):
            calc = await anyio.to_thread.run_sync(
                run_client, "a2a-sdk-0.3", "sdk03_client.py", calculator, LEGACY_CARD_PATH, "What is 6 * 7?", streaming
            )
            echo = await anyio.to_thread.run_sync(
                run_client, "a2a-sdk-0.3", "sdk03_client.py", conformance, LEGACY_CARD_PATH, "ping", streaming
            )
            assert calc["card"] == "calculator" and calc["state"] == "completed" and calc["text"].startswith("42")
            assert echo == {"card": "conformance", "state": "completed", "text": "Echo: ping"}


@pytest.mark.anyio
async def test_fasta2a_s_client_reaches_our_agent(tmp_path):
    """fasta2a's client sends 0.3's ``message/send`` but reads the answer as 1.0 writes it, so it cannot see the task
    in any 0.3 agent's answer (and its ``tasks/get`` has a null id, which the SDK refuses); the message does run."""
    port = free_port()
    app = conformance_app(Settings(data_dir=tmp_path), f"http://127.0.0.1:{port}")
    async with running(app, port) as url:
        sent = await anyio.to_thread.run_sync(run_client, "fasta2a", "fasta2a_client.py", url, "send", "ping")
        async with httpx.AsyncClient(timeout=20) as http:
            client = sdk_client(http, app.state.card, "JSONRPC")
            [listed] = (await client.list_tasks(ListTasksRequest())).tasks
            task = await client.get_task(GetTaskRequest(id=listed.id))
    assert sent["error"] is None
    assert task.status.state == TaskState.TASK_STATE_COMPLETED
    assert task.artifacts[0].parts[0].text == "Echo: ping"
