"""A follow-up naming only the task of an orchestrator run that asked for input continues that run's question."""

from __future__ import annotations

import httpx
import pytest
from a2a.client import ClientCallContext
from a2a.types import Message, Part, Role, SendMessageRequest, TaskState

from agents.a2a_client import task_data, task_text
from agents.models import LocalModel
from agents.orchestrator import Orchestrator
from agents.remote import RemoteAgent
from agents.settings import Settings
from agents.spec import builtin_spec
from patterns import InMemoryRunStore
from servers.a2a.hosting import agent_app, orchestrator_app
from tests.a2a.conftest import BINDINGS, sdk_client, served
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio
CALL = ClientCallContext(timeout=60)
REPORT = "Revenue grew 10% in the third quarter. Costs fell 5%. Margins improved to 20%."


def message(text: str, task_id: str = "") -> SendMessageRequest:
    return SendMessageRequest(
        message=Message(
            message_id=f"m-{len(text)}-{task_id}", role=Role.ROLE_USER, parts=[Part(text=text)], task_id=task_id
        )
    )


@pytest.mark.parametrize("binding", BINDINGS)
async def test_the_answer_reaches_the_worker_that_asked_with_its_question(tmp_path, binding):
    settings = Settings(data_dir=tmp_path)
    ports = {name: free_port() for name in ("summarizer", "writer")}
    apps = {
        name: agent_app(builtin_spec(name), settings, f"http://127.0.0.1:{port}", model=LocalModel())
        for name, port in ports.items()
    }
    async with running(apps["summarizer"], ports["summarizer"]), running(apps["writer"], ports["writer"]):
        async with httpx.AsyncClient(timeout=30) as http:
            workers = [
                await RemoteAgent.connect(f"http://127.0.0.1:{port}", http=http, count_hop=False)
                for port in ports.values()
            ]
            orchestrator = Orchestrator(workers=workers, store=InMemoryRunStore())
            app = orchestrator_app(settings, "http://orchestrator.test", orchestrator=orchestrator)
            async with served(app, "http://orchestrator.test") as local:
                client = sdk_client(local, app.state.card, binding)
                [asked] = [
                    e
                    async for e in client.send_message(
                        message("Give me a TL;DR of this quarterly report."), context=CALL
                    )
                ]
                assert asked.task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED
                [answered] = [e async for e in client.send_message(message(REPORT, asked.task.id), context=CALL)]
    task = answered.task
    assert task.id == asked.task.id
    assert task.status.state == TaskState.TASK_STATE_COMPLETED, task_text(task)
    record = [d for d in task_data(task) if "steps" in d][-1]  # the first turn's record stays on the task too
    assert [(s["agent"], s["status"]) for s in record["steps"]] == [("summarizer", "completed")]
    assert "Revenue grew 10%" in task_text(task)
