"""The A2A app in-process: the card, the task lifecycle, errors on the wire, auth."""

import json
import sys
from contextlib import asynccontextmanager

import anyio
import httpx
import pytest
from a2a.client import ClientConfig, ClientFactory
from a2a.types import CancelTaskRequest, GetTaskRequest, SendMessageRequest, TaskState

from agents.a2a_client import A2AConnection, fold, task_text, user_message
from agents.models import LocalModel, ScriptedModel, ToolCall, Turn
from agents.runtime import Agent
from agents.settings import Settings
from agents.spec import AgentSpec, ToolServerSpec, builtin_spec
from servers.a2a.app import build_agent_app
from servers.a2a.card import agent_card
from servers.a2a.hosting import agent_app
from tests.support import toy_tools

pytestmark = pytest.mark.anyio
BASE = "http://agent.test"
HEADERS = {"A2A-Version": "1.0", "Content-Type": "application/json"}


@asynccontextmanager
async def served(app):
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE, timeout=10) as http:
            yield http


def calculator_app(tmp_path, token=None):
    return agent_app(builtin_spec("calculator"), Settings(data_dir=tmp_path, token=token), BASE, model=LocalModel())


async def test_the_card_is_served_with_interface_urls_filled_in(tmp_path):
    async with served(calculator_app(tmp_path)) as http:
        card = (await http.get("/.well-known/agent-card.json")).json()
    assert card["name"] == "calculator"
    bindings = {(i["protocolBinding"], i["protocolVersion"], i["url"]) for i in card["supportedInterfaces"]}
    assert ("JSONRPC", "1.0", f"{BASE}/") in bindings and ("HTTP+JSON", "1.0", f"{BASE}/rest") in bindings
    assert ("JSONRPC", "0.3", f"{BASE}/") in bindings
    assert card["capabilities"]["streaming"] is True


async def test_a_streamed_task_is_enqueued_then_working_then_artifact_then_completed(tmp_path):
    async with served(calculator_app(tmp_path)) as http:
        client = ClientFactory(ClientConfig(streaming=True, httpx_client=http)).create(agent_card("calculator", BASE))
        events = [
            e async for e in client.send_message(SendMessageRequest(message=user_message("What is 17% of 2,340?")))
        ]
    kinds = [e.WhichOneof("payload") for e in events]
    assert kinds[0] == "task"
    states = [e.status_update.status.state for e in events if e.HasField("status_update")]
    assert states[0] == TaskState.TASK_STATE_WORKING and states[-1] == TaskState.TASK_STATE_COMPLETED
    progress = [p.text for e in events if e.HasField("status_update") for p in e.status_update.status.message.parts]
    assert any(text.startswith("Calling solve(") for text in progress)
    assert kinds.index("artifact_update") < len(kinds) - 1
    task = None
    for event in events:
        task = fold(task, event)
    answer = task.artifacts[0]
    assert task_text(task).splitlines()[0] == "397.8"
    assert answer.parts[1].data.struct_value.fields["result"].number_value == 397.8
    assert answer.metadata["usage"]["inputTokens"] > 0


async def test_non_streaming_send_returns_the_final_task(tmp_path):
    async with served(calculator_app(tmp_path)) as http:
        async with A2AConnection(BASE, http=http, streaming=False) as agent:
            task = await agent.send("Convert 72 degrees Fahrenheit to Celsius")
            again = await agent.get_task(task.id)
    assert task.status.state == TaskState.TASK_STATE_COMPLETED
    assert task_text(again).startswith("22.22")


async def test_a_tool_refusing_its_input_gives_a_rejected_task_with_a_readable_message(tmp_path):
    async with served(calculator_app(tmp_path)) as http:
        async with A2AConnection(BASE, http=http) as agent:
            task = await agent.send("What is 9**9**9?")
    assert task.status.state == TaskState.TASK_STATE_REJECTED
    message = task_text(task)
    assert "digits" in message and "Traceback" not in message and "Error" not in message


async def jsonrpc(http, body, headers=HEADERS):
    response = await http.post("/", content=body if isinstance(body, str) else json.dumps(body), headers=headers)
    assert response.status_code == 200, response.text
    return response.json()["error"]["code"]


async def test_malformed_json_rpc_gets_the_sdk_error_codes_never_a_500(tmp_path):
    send = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "SendMessage",
        "params": {"message": {"messageId": "m", "role": "ROLE_USER", "parts": [{"text": "hi"}]}},
    }
    async with served(calculator_app(tmp_path)) as http:
        assert await jsonrpc(http, "{not json") == -32700
        assert await jsonrpc(http, {**send, "method": "NoSuchMethod"}) == -32601
        assert await jsonrpc(http, {**send, "params": {"message": {"parts": "x"}}}) == -32602
        assert await jsonrpc(http, send, headers={"Content-Type": "application/json"}) == -32009
        missing = {"jsonrpc": "2.0", "id": 2, "method": "GetTask", "params": {"id": "no-such-task"}}
        assert await jsonrpc(http, missing) == -32001


async def test_with_a_token_every_call_needs_it_but_the_card_stays_public(tmp_path):
    async with served(calculator_app(tmp_path, token="s3cret")) as http:
        card = await http.get("/.well-known/agent-card.json")
        assert card.status_code == 200 and "bearer" in card.json()["securitySchemes"]
        denied = await http.post(
            "/", json={"jsonrpc": "2.0", "id": 1, "method": "GetTask", "params": {"id": "x"}}, headers=HEADERS
        )
        assert denied.status_code == 401 and denied.json()["error"]["code"] == "unauthorized"
        assert (await http.get("/rest/tasks/x", headers={"A2A-Version": "1.0"})).status_code == 401
        async with A2AConnection(BASE, http=http, token="s3cret") as agent:
            task = await agent.send("What is 17% of 2,340?")
    assert task_text(task).startswith("397.8")


async def test_cancel_stops_the_run_and_its_tool_call(tmp_path):
    toy_tools.slow_calls = calls = toy_tools.SlowCalls()  # fresh: an earlier test may have called the slow tool
    spec = AgentSpec(name="toy", tool_servers=(ToolServerSpec("toy", command=sys.executable, args=("-m", "x")),))
    model = ScriptedModel([Turn(tool_calls=(ToolCall("c1", "slow", {"seconds": 30}),))])
    agent = Agent(spec, model, local_servers={"toy": toy_tools.server})
    app = build_agent_app(agent, agent_card("calculator", BASE), task_store_url=f"sqlite+aiosqlite:///{tmp_path}/t.db")
    async with served(app) as http:
        client = ClientFactory(ClientConfig(streaming=False, httpx_client=http)).create(agent_card("calculator", BASE))
        request = SendMessageRequest(message=user_message("wait"))
        request.configuration.return_immediately = True
        submitted = [e async for e in client.send_message(request)][0].task
        with anyio.fail_after(5):
            await calls.started.wait()
            canceled = await client.cancel_task(CancelTaskRequest(id=submitted.id))
            assert canceled.status.state == TaskState.TASK_STATE_CANCELED
            await calls.cancelled.wait()  # the cancel reached the tool call
            stored = await client.get_task(GetTaskRequest(id=submitted.id))
    assert stored.status.state == TaskState.TASK_STATE_CANCELED


async def _orchestrator_with_runs(tmp_path, token="mesh-token"):
    from agents.orchestrator import Orchestrator
    from patterns import InMemoryRunStore, RunRecord
    from servers.a2a.hosting import orchestrator_app

    store = InMemoryRunStore()
    for n, owner in enumerate(("alice", "bob", "alice")):
        record = RunRecord(run_id=f"run-{n}", pattern="router", input=f"task {n}", status="completed")
        record.owner, record.created_at = owner, f"2026-01-0{n + 1}T00:00:00"
        await store.save(record)
    orchestrator = Orchestrator(workers=[], store=store)
    return orchestrator_app(Settings(data_dir=tmp_path, token=token), BASE, orchestrator=orchestrator)


async def test_the_runs_api_lists_and_shows_every_callers_runs_to_an_administrator_only(tmp_path):
    async with served(await _orchestrator_with_runs(tmp_path)) as http:
        admin = {"Authorization": "Bearer mesh-token"}
        assert (await http.get("/runs")).status_code == 401
        assert (await http.get("/runs", headers={"Authorization": "Bearer wrong"})).status_code == 401
        listed = (await http.get("/runs?limit=2", headers=admin)).json()["runs"]
        shown = await http.get("/runs/run-1", headers=admin)
        missing = await http.get("/runs/no-such-run", headers=admin)
        too_long = await http.get("/runs/" + "x" * 300, headers=admin)
        bad = [
            (await http.get(f"/runs?{query}", headers=admin)).status_code
            for query in ("limit=0", "limit=201", "limit=abc", "limit=-1", "owner=bob")
        ]
    assert [run["run_id"] for run in listed] == ["run-2", "run-1"]  # newest first, whoever owns them
    assert shown.status_code == 200 and shown.json()["owner"] == "bob"
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    assert too_long.status_code == 404
    assert bad == [400] * 5


async def test_the_runs_client_reads_runs_through_the_api_and_says_when_it_cannot(tmp_path):
    from agents.runs_client import RunsClient, RunsUnavailable

    async with served(await _orchestrator_with_runs(tmp_path)) as http:
        async with RunsClient(BASE, credential="mesh-token", http=http) as runs:
            recent = await runs.recent(limit=5)
            one = await runs.get("run-0")
            none = await runs.get("no/such run")
        async with RunsClient(BASE, credential="wrong", http=http) as refused:
            with pytest.raises(RunsUnavailable, match="refused the credential"):
                await refused.recent()
    assert [run["run_id"] for run in recent] == ["run-2", "run-1", "run-0"]
    assert one["input"] == "task 0" and none is None
    async with RunsClient("http://127.0.0.1:9", timeout=2) as unreachable:
        with pytest.raises(RunsUnavailable, match="cannot reach"):
            await unreachable.recent()
    with pytest.raises(ValueError):
        RunsClient("file:///etc/passwd")
