"""Two replicas each of the calculator and the orchestrator on PostgreSQL behind HAProxy, one of them killed.

Real processes (``accord serve``, ``accord registry``), a real balancer and real SIGKILLs. What must hold: no task
or run the cluster acknowledged is lost; a client whose replica died resubscribes through the balancer and gets
the rest of the task; an orchestration whose replica died completes on the other without repeating a finished
step.

Takeovers: every task acknowledged in progress (a non-blocking send) on the replica that is killed is taken over
and ends within 30 s. A task is never stored in progress without a lease on it, even when its replica dies after
the execution returned but before the SDK saved its last events (``servers/a2a/leased_executor.py``), so none may
be left in progress.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events import EventQueue
from a2a.server.tasks import TaskUpdater
from a2a.types import Part

from agents.storage import open_engine
from cards import load_card_json
from servers.a2a.app import build_agent_app
from servers.a2a.card import agent_card
from tests.replicas.cluster import Cluster, balancer, kill
from tests.support import fake_anthropic
from tests.support.servers import free_port, running

pytestmark = [pytest.mark.anyio, pytest.mark.postgres, pytest.mark.replicas]

HEADERS = {"A2A-Version": "1.0", "Content-Type": "application/json"}
STREAM_HEADERS = {**HEADERS, "Accept": "text/event-stream"}
ENDED = {"TASK_STATE_COMPLETED", "TASK_STATE_FAILED", "TASK_STATE_CANCELED", "TASK_STATE_REJECTED"}


def send(text: str, *, method: str = "SendMessage", blocking: bool = True, metadata: dict | None = None) -> dict:
    message: dict[str, Any] = {"messageId": uuid.uuid4().hex, "role": "ROLE_USER", "parts": [{"text": text}]}
    if metadata:
        message["metadata"] = metadata
    params: dict[str, Any] = {"message": message}
    if not blocking:
        params["configuration"] = {"returnImmediately": True}
    return {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}


async def rpc(http: httpx.AsyncClient, url: str, body: dict) -> dict | None:
    """The JSON-RPC result, or ``None`` when the request failed on the way (a replica died under it)."""
    try:
        response = await http.post(f"{url}/", json=body, headers=HEADERS)
    except httpx.HTTPError:
        return None
    if response.status_code != 200:
        return None
    return response.json().get("result")


async def get_task(http: httpx.AsyncClient, url: str, task_id: str) -> dict | None:
    return await rpc(http, url, {"jsonrpc": "2.0", "id": 2, "method": "GetTask", "params": {"id": task_id}})


async def events(http: httpx.AsyncClient, url: str, body: dict) -> AsyncIterator[dict]:
    """The results of a streamed JSON-RPC call, one per server-sent event."""
    async with http.stream("POST", f"{url}/", json=body, headers=STREAM_HEADERS) as response:
        assert response.status_code == 200
        async for line in response.aiter_lines():
            if line.startswith("data:"):
                payload = json.loads(line[5:])
                assert "result" in payload, payload
                yield payload["result"]


def state_of(event: dict) -> str | None:
    for key in ("task", "statusUpdate"):
        if key in event:
            return event[key]["status"]["state"]
    return None


def status_text(event: dict) -> str:
    message = event.get("statusUpdate", {}).get("status", {}).get("message", {})
    return " ".join(part.get("text", "") for part in message.get("parts", []))


@pytest.fixture
def cluster(pg_url: str, tmp_path: Path):
    cluster = Cluster(tmp_path, pg_url)
    try:
        yield cluster
    finally:
        cluster.stop_all()


@pytest.mark.timeout(360)
async def test_500_requests_lose_no_acknowledged_task_when_a_replica_of_each_dies(cluster: Cluster) -> None:
    calculators, orchestrators = [free_port(), free_port()], [free_port(), free_port()]
    with balancer(cluster.root, {"calculator": calculators, "orchestrator": orchestrators}) as front:
        registry = cluster.registry()
        calc = [
            cluster.replica("calculator", public_url=front["calculator"], registry=registry, port=p)[0]
            for p in calculators
        ]
        orch = [
            cluster.replica("orchestrator", public_url=front["orchestrator"], registry=registry, port=p)[0]
            for p in orchestrators
        ]
        acknowledged: list[tuple[str, str]] = []  # (front, task id)
        failed = 0
        done = 0
        killed = anyio.Event()

        async def one(http: httpx.AsyncClient, i: int) -> None:
            nonlocal failed, done
            if i % 5 == 0:  # an orchestration: routed to the calculator, through its balancer
                url, body = front["orchestrator"], send(f"What is {i} + 12?", metadata={"agents": ["calculator"]})
            else:
                url, body = front["calculator"], send(f"What is {i} * 3?", blocking=i % 5 != 1)
            result = await rpc(http, url, body)
            if result is not None and "task" in result:
                acknowledged.append((url, result["task"]["id"]))
            else:
                failed += 1
            done += 1

        async def worker(http: httpx.AsyncClient, numbers: list[int]) -> None:
            while numbers:
                await one(http, numbers.pop(0))
                if done >= 250 and not killed.is_set():
                    killed.set()
                    await anyio.to_thread.run_sync(kill, calc[0])
                    await anyio.to_thread.run_sync(kill, orch[0])

        numbers = list(range(500))
        async with httpx.AsyncClient(timeout=120) as http:
            async with anyio.create_task_group() as tg:
                for _ in range(16):
                    tg.start_soon(worker, http, numbers)
            assert killed.is_set()

            # Every acknowledged task answers GetTask through the balancer; those acknowledged in progress (the
            # non-blocking sends) are left a while to end, taken over if their replica died.
            lost, states = [], {}
            with anyio.move_on_after(30):
                pending = list(acknowledged)
                while pending:
                    still = []
                    for url, task_id in pending:
                        task = await get_task(http, url, task_id)
                        states[task_id] = task
                        if task is None or task["status"]["state"] not in ENDED:
                            still.append((url, task_id))
                    pending = still
                    if pending:
                        await anyio.sleep(0.5)
            for url, task_id in acknowledged:
                if states.get(task_id) is None and await get_task(http, url, task_id) is None:
                    lost.append(task_id)
            runs = [
                part["data"]["run_id"]
                for task in states.values()
                if task is not None
                for artifact in task.get("artifacts", [])
                for part in artifact.get("parts", [])
                if isinstance(part.get("data"), dict) and part["data"].get("run_id")
            ]
            missing_runs = [r for r in runs if (await http.get(f"{front['orchestrator']}/runs/{r}")).status_code != 200]
    assert len(acknowledged) + failed == 500
    assert len(acknowledged) >= 400, f"only {len(acknowledged)} of 500 acknowledged"
    assert lost == []
    ended = [t for t in states.values() if t is not None and t["status"]["state"] in ENDED]
    unfinished = len(acknowledged) - len(ended)
    print(f"{len(acknowledged)} acknowledged, {failed} failed in flight, {unfinished} still in progress after 30 s")
    assert unfinished == 0, [t for t in states.values() if t is None or t["status"]["state"] not in ENDED]
    assert len(runs) >= 50 and missing_runs == []


@pytest.mark.timeout(180)
async def test_a_stream_whose_replica_dies_is_finished_through_the_balancer(cluster: Cluster) -> None:
    model = fake_anthropic.SlowAnswers(fake_anthropic.create_app(arguments={"request": "6 times 7"}), delay_s=3.0)
    async with running(model) as model_url:
        env = {"ANTHROPIC_API_KEY": "test-key", "ANTHROPIC_BASE_URL": model_url}
        ports = [free_port(), free_port()]
        with balancer(cluster.root, {"calculator": ports}) as front:
            first, first_url = cluster.replica("calculator", public_url=front["calculator"], env=env, port=ports[0])
            cluster.replica("calculator", public_url=front["calculator"], env=env, port=ports[1])
            before: list[dict] = []
            async with httpx.AsyncClient(timeout=60) as http:
                with contextlib.suppress(httpx.HTTPError):
                    body = send("solve 6 times 7", method="SendStreamingMessage")
                    async for event in events(http, first_url, body):  # started on the first replica itself
                        before.append(event)
                        if status_text(event).startswith("Calling solve"):
                            await anyio.to_thread.run_sync(kill, first)  # mid-stream: the answer is not out yet
                task_id = before[0]["task"]["id"]
                subscribe = {"jsonrpc": "2.0", "id": 3, "method": "SubscribeToTask", "params": {"id": task_id}}
                with anyio.fail_after(60):
                    after = [event async for event in events(http, front["calculator"], subscribe)]
                final = await get_task(http, front["calculator"], task_id)
    assert state_of(before[-1]) == "TASK_STATE_WORKING"  # the stream broke before the answer
    assert state_of(after[0]) == "TASK_STATE_WORKING"  # the task as stored, then the rest of its events
    assert state_of(after[-1]) == "TASK_STATE_COMPLETED"
    assert any("artifactUpdate" in event for event in after)
    assert final["status"]["state"] == "TASK_STATE_COMPLETED"
    answer = " ".join(p.get("text", "") for a in final["artifacts"] for p in a["parts"])
    assert "Final answer" in answer


class Tally(AgentExecutor):
    """A worker that is slow the first time it is called (the orchestrator's replica dies meanwhile)."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        self.calls.append(context.get_user_input())
        task = context.current_task or new_task_from_user_message(context.message)
        if context.current_task is None:
            await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await updater.start_work()
        if len(self.calls) == 1:
            await anyio.sleep(4)
        await updater.add_artifact([Part(text=f"tallied: {context.get_user_input()}")], name="answer", last_chunk=True)
        await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        task = context.current_task
        await TaskUpdater(event_queue, task.id, task.context_id).cancel()


@pytest.mark.timeout(240)
async def test_an_orchestration_whose_replica_dies_between_steps_completes_on_the_other(
    cluster: Cluster, pg_url: str, tmp_path: Path
) -> None:
    tally = Tally()
    port = free_port()
    card_json = {**load_card_json("calculator"), "name": "tally", "description": "Tallies what it is given."}
    tally_app = build_agent_app(
        contextlib.nullcontext(),
        agent_card(card_json, f"http://127.0.0.1:{port}"),
        task_store_url=f"sqlite+aiosqlite:///{tmp_path / 'tally.db'}",
        executor=tally,
    )
    async with running(tally_app, port) as tally_url:
        calculators, orchestrators = [free_port(), free_port()], [free_port(), free_port()]
        with balancer(cluster.root, {"calculator": calculators, "orchestrator": orchestrators}) as front:
            registry = cluster.registry()
            for p in calculators:
                cluster.replica("calculator", public_url=front["calculator"], registry=registry, port=p)
            first, first_url = cluster.replica(
                "orchestrator", public_url=front["orchestrator"], registry=registry, port=orchestrators[0]
            )
            cluster.replica("orchestrator", public_url=front["orchestrator"], registry=registry, port=orchestrators[1])
            async with httpx.AsyncClient(timeout=60) as http:
                card_url = f"{tally_url}/.well-known/agent-card.json"
                assert (await http.post(f"{registry}/agents", json={"card_url": card_url})).status_code == 201
                metadata = {"pattern": "pipeline", "agents": ["calculator", "tally"]}
                body = send("What is 6 times 7?", method="SendStreamingMessage", metadata=metadata)
                before: list[dict] = []
                with contextlib.suppress(httpx.HTTPError):
                    async for event in events(http, first_url, body):
                        before.append(event)
                        if status_text(event).startswith("step finished: calculator"):
                            await anyio.to_thread.run_sync(kill, first)  # between the steps: tally is working
                task_id = before[0]["task"]["id"]
                subscribe = {"jsonrpc": "2.0", "id": 3, "method": "SubscribeToTask", "params": {"id": task_id}}
                with anyio.fail_after(90):
                    after = [event async for event in events(http, front["orchestrator"], subscribe)]
                run = (await http.get(f"{front['orchestrator']}/runs/{task_id}")).json()
    engine = open_engine(pg_url)
    async with engine.connect() as conn:
        calculator_tasks = (await conn.exec_driver_sql("SELECT count(*) FROM accord_agent_calculator.tasks")).scalar()
    await engine.dispose()
    assert any(status_text(e).startswith("step finished: calculator") for e in before)
    assert not any(status_text(e).startswith("step finished: tally") for e in before)
    assert state_of(after[-1]) == "TASK_STATE_COMPLETED"
    assert run["run_id"] == task_id and run["status"] == "completed"
    assert [step["agent"] for step in run["steps"]] == ["calculator", "tally"]
    assert calculator_tasks == 1  # the finished step was not called again
    assert len(tally.calls) == 2  # the step in flight when the replica died was (it had not finished)
