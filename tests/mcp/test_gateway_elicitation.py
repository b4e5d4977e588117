"""Human in the loop across protocols: an A2A agent's question reaches the MCP client's user, and back.

The agent (``conftest.AskingExecutor``) answers a new task with ``input-required`` and a question; the answer,
sent on the same task, completes it. Through the gateway, with the real ``mcp`` client:

- a client that offers elicitation is asked the question, and its answer continues the same A2A task;
- a client that does not (or declines) gets the question with ``task_id`` and ``context_id``, and answers it
  with a second ``ask_agent`` call carrying them.
"""

from __future__ import annotations

from typing import Literal

import anyio
import httpx2
import pytest
from mcp import Client
from mcp.client.session import ClientRequestContext, ElicitationFnT
from mcp.client.streamable_http import streamable_http_client
from mcp_types import ElicitRequestParams, ElicitResult
from starlette.applications import Starlette

from servers.gateway import create_gateway, gateway_lifespan, gateway_routes
from tests.mcp.conftest import QUESTION, Mesh
from tests.mcp.results import structured, text
from tests.support.servers import running

pytestmark = pytest.mark.anyio
TOKEN = "mesh-token-for-the-elicitation-tests"


def answering(
    answer: str, asked: list[str], action: Literal["accept", "decline", "cancel"] = "accept"
) -> ElicitationFnT:
    async def on_elicit(context: ClientRequestContext, params: ElicitRequestParams) -> ElicitResult:
        asked.append(params.message)
        return ElicitResult(action=action, content={"answer": answer} if action == "accept" else None)

    return on_elicit


async def test_an_agents_question_is_asked_by_elicitation_over_http_and_the_answer_continues_its_task(mesh: Mesh):
    gateway = create_gateway(mesh.registry_url)
    app = Starlette(routes=gateway_routes(gateway, TOKEN), lifespan=gateway_lifespan(gateway))
    asked: list[str] = []
    with anyio.fail_after(60):
        async with running(app) as url, httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}) as http:
            transport = streamable_http_client(f"{url}/mcp", http_client=http)
            async with Client(transport, mode="legacy", elicitation_callback=answering("EUR", asked)) as client:
                result = await client.call_tool("ask_agent", {"agent": "converter", "message": "convert 100"})
    assert not result.is_error, result.content
    answer = structured(result)
    assert answer["state"] == "completed" and answer["text"] == "convert 100 -> converted to EUR"
    assert asked == [f"converter asks: {QUESTION}"]
    # One A2A task carried both the request and the answer.
    assert list(mesh.executor.requests.values()) == [["convert 100", "EUR"]]
    assert answer["task_id"] in mesh.executor.requests


async def test_without_elicitation_the_question_comes_back_with_the_task_and_a_second_call_answers_it(mesh: Mesh):
    with anyio.fail_after(60):
        async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
            first = structured(await client.call_tool("ask_agent", {"agent": "converter", "message": "convert 100"}))
            assert first["state"] == "input-required" and first["question"] == QUESTION
            assert first["task_id"] and first["context_id"] and "task_id" in first["note"]
            arguments = {"agent": "converter", "message": "USD", "task_id": first["task_id"]}
            second = await client.call_tool("ask_agent", {**arguments, "context_id": first["context_id"]})
    done = structured(second)
    assert done["state"] == "completed" and done["text"] == "convert 100 -> converted to USD"
    assert done["task_id"] == first["task_id"]
    assert mesh.executor.requests == {first["task_id"]: ["convert 100", "USD"]}


async def test_a_declined_question_leaves_the_task_waiting_for_an_answer(mesh: Mesh):
    asked: list[str] = []
    client = Client(
        create_gateway(mesh.registry_url), mode="legacy", elicitation_callback=answering("", asked, "decline")
    )
    with anyio.fail_after(60):
        async with client:
            result = structured(await client.call_tool("ask_agent", {"agent": "converter", "message": "convert 7"}))
    assert len(asked) == 1
    assert result["state"] == "input-required" and result["question"] == QUESTION and result["task_id"]


async def test_an_http_caller_cannot_answer_a_task_it_did_not_start(mesh: Mesh):
    gateway = create_gateway(mesh.registry_url)
    app = Starlette(routes=gateway_routes(gateway, TOKEN), lifespan=gateway_lifespan(gateway))
    with anyio.fail_after(60):
        async with running(app) as url, httpx2.AsyncClient(headers={"Authorization": f"Bearer {TOKEN}"}) as http:
            async with Client(streamable_http_client(f"{url}/mcp", http_client=http), mode="legacy") as client:
                arguments = {"agent": "converter", "message": "EUR", "task_id": "someone-elses-task"}
                result = await client.call_tool("ask_agent", arguments)
    assert result.is_error and "no task 'someone-elses-task' of yours" in text(result)
    assert mesh.executor.requests == {}  # nothing reached the agent


async def test_a_2026_client_is_asked_through_input_required_and_its_retry_continues_the_task(mesh: Mesh):
    asked: list[str] = []
    client = Client(create_gateway(mesh.registry_url), elicitation_callback=answering("EUR", asked))
    with anyio.fail_after(60):
        async with client:
            assert client.protocol_version == "2026-07-28"
            result = await client.call_tool("ask_agent", {"agent": "converter", "message": "convert 5"})
    assert not result.is_error, result.content
    assert structured(result)["state"] == "completed"
    assert structured(result)["text"] == "convert 5 -> converted to EUR"
    assert asked == [f"converter asks: {QUESTION}"]
    assert list(mesh.executor.requests.values()) == [["convert 5", "EUR"]]


async def test_a_2026_client_that_declines_gets_the_task_to_answer_later(mesh: Mesh):
    asked: list[str] = []
    client = Client(create_gateway(mesh.registry_url), elicitation_callback=answering("", asked, "decline"))
    with anyio.fail_after(60):
        async with client:
            result = structured(await client.call_tool("ask_agent", {"agent": "converter", "message": "convert 6"}))
    assert len(asked) == 1
    assert result["state"] == "input-required" and result["question"] == QUESTION
    assert result["task_id"] in mesh.executor.requests and result["context_id"]
