"""A2AConnection against agents that are not accord: polling where it cannot subscribe, odd answers, failures."""

from __future__ import annotations

import json
from typing import Any

import anyio
import pytest
from a2a.types import TaskState
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from agents.a2a_client import A2AConnection, ForeignAgentError, task_data, task_text
from servers.cli import main
from tests.support.servers import running

pytestmark = pytest.mark.anyio
NAIVE = "2026-01-02T03:04:05.123456"  # datetime.now().isoformat(): no zone, as fasta2a writes it


class SlowForeignAgent:
    """A JSON-RPC 1.0 agent whose card says it streams, that answers ``submitted`` and finishes after two polls.

    It refuses subscriptions (as an agent that cannot resubscribe does) and counts what it was asked.
    """

    def __init__(self, *, card: Any = None, answer: Any = None) -> None:
        self.calls: list[str] = []
        self.polls = 0
        self.card = card
        self.answer = answer
        self.app = Starlette(
            routes=[
                Route("/.well-known/agent-card.json", self.serve_card),
                Route("/", self.rpc, methods=["POST"]),
            ]
        )

    async def serve_card(self, request: Request) -> Response:
        if self.card is not None:
            return JSONResponse(self.card)
        base = str(request.base_url).rstrip("/")
        return JSONResponse(
            {
                "name": "slow",
                "description": "answers later",
                "version": "1",
                "supportedInterfaces": [{"url": f"{base}/", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
                "capabilities": {"streaming": True},
                "defaultInputModes": ["text/plain"],
                "defaultOutputModes": ["text/plain"],
                "skills": [{"id": "s", "name": "s", "description": "s", "tags": ["s"]}],
            }
        )

    async def rpc(self, request: Request) -> Response:
        body = await request.json()
        method, rid = body["method"], body["id"]
        self.calls.append(method)
        if self.answer is not None:
            return JSONResponse({"jsonrpc": "2.0", "id": rid, "result": self.answer})
        if method == "SendMessage":
            return JSONResponse({"jsonrpc": "2.0", "id": rid, "result": {"task": self.task("TASK_STATE_SUBMITTED")}})
        if method == "SendStreamingMessage":  # the stream ends before the task does
            event = {"jsonrpc": "2.0", "id": rid, "result": {"task": self.task("TASK_STATE_SUBMITTED")}}
            return Response(f"data: {json.dumps(event)}\n\n", media_type="text/event-stream")
        if method == "GetTask":
            self.polls += 1
            state = "TASK_STATE_COMPLETED" if self.polls >= 2 else "TASK_STATE_WORKING"
            return JSONResponse({"jsonrpc": "2.0", "id": rid, "result": self.task(state)})
        error = {"code": -32004, "message": "client and/or server do not support resubscription"}
        return JSONResponse({"jsonrpc": "2.0", "id": rid, "error": error})

    def task(self, state: str) -> dict[str, Any]:
        task: dict[str, Any] = {"id": "t1", "contextId": "c1", "status": {"state": state, "timestamp": NAIVE}}
        if state == "TASK_STATE_COMPLETED":
            task["artifacts"] = [{"artifactId": "a", "parts": [{"text": "done later"}]}]
        return task


async def test_a_non_streaming_connection_polls_and_never_subscribes():
    agent = SlowForeignAgent()
    async with running(agent.app) as url, A2AConnection(url, streaming=False) as connection:
        task = await connection.send("hi")
    assert task.status.state == TaskState.TASK_STATE_COMPLETED and task_text(task) == "done later"
    assert agent.calls == ["SendMessage", "GetTask", "GetTask"]


async def test_a_streaming_connection_falls_back_to_polling_when_the_agent_cannot_subscribe():
    agent = SlowForeignAgent()
    async with running(agent.app) as url, A2AConnection(url, streaming=True) as connection:
        task = await connection.send("hi")
    assert task_text(task) == "done later"
    assert agent.calls[:2] == ["SendStreamingMessage", "SubscribeToTask"] and agent.calls[-1] == "GetTask"


async def test_a_zoneless_status_time_is_read_as_utc_and_the_agents_own_data_passes_as_it_came():
    """An agent's data that names a field ``timestamp`` is its content, not the task's clock: it is not mended."""
    logged = {"timestamp": NAIVE, "events": [{"timestamp": NAIVE, "what": "meter read"}]}
    answer = {
        "task": {
            "id": "t1",
            "contextId": "c1",
            "status": {"state": "TASK_STATE_COMPLETED", "timestamp": NAIVE},
            "artifacts": [{"artifactId": "a", "parts": [{"data": logged}]}],
        }
    }
    agent = SlowForeignAgent(answer=answer)
    async with running(agent.app) as url, A2AConnection(url, streaming=False) as connection:
        task = await connection.send("when was the meter read?")
    assert task.status.timestamp.ToJsonString() == NAIVE + "Z"
    assert task_data(task) == [logged]


@pytest.mark.parametrize(
    ("card", "answer"),
    [
        ({"hello": "not a card"}, None),
        (None, "a string where a task belongs"),
        (None, {"task": {"id": "t", "status": {"state": "TASK_STATE_COMPLETED", "timestamp": "yesterday"}}}),
    ],
)
async def test_an_answer_that_is_not_a2a_is_a_one_line_foreign_agent_error(card, answer):
    agent = SlowForeignAgent(card=card, answer=answer)
    async with running(agent.app) as url:
        connection = A2AConnection(url, streaming=False)
        with pytest.raises(ForeignAgentError) as caught:
            await connection.send("hi")
        await connection.aclose()
    assert "\n" not in str(caught.value) and url in str(caught.value)


@pytest.mark.parametrize(
    ("card", "answer"),
    [({"hello": "not a card"}, None), (None, {"task": {"status": {"state": "NOPE"}}})],
)
async def test_accord_ask_reports_every_foreign_failure_in_one_line(card, answer, capsys):
    agent = SlowForeignAgent(card=card, answer=answer)
    async with running(agent.app) as url:
        code = await anyio.to_thread.run_sync(main, ["ask", url, "hi", "--timeout", "20"])
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("accord ask: ")
