"""Each caller has its own task scope: over real HTTP, Bob cannot get, list, cancel, subscribe to or continue
Alice's task, while Alice can."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import anyio
import httpx
import pytest

from servers.credentials import Authenticator, TokenStore
from tests.security.conftest import MESH_TOKEN, echo_app
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio
TASK_NOT_FOUND = -32001


@dataclass
class Caller:
    http: httpx.AsyncClient
    url: str
    token: str

    async def rpc(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        body = {"jsonrpc": "2.0", "id": 1, "method": method, "params": params}
        headers = {"Authorization": f"Bearer {self.token}", "A2A-Version": "1.0"}
        response = await self.http.post(self.url + "/", json=body, headers=headers)
        assert response.status_code == 200
        return response.json()

    async def send(self, text: str, **message: Any) -> dict[str, Any]:
        """Send ``text``; ``hold`` returns at once (its task stays working), anything else when it is done."""
        params: dict[str, Any] = {
            "message": {"messageId": text + str(message), "role": "ROLE_USER", "parts": [{"text": text}], **message}
        }
        if text == "hold":
            params["configuration"] = {"returnImmediately": True}
        return await self.rpc("SendMessage", params)

    async def listed(self) -> list[str]:
        return [t["id"] for t in (await self.rpc("ListTasks", {})).get("result", {}).get("tasks", [])]


@pytest.fixture
async def callers(tmp_path) -> AsyncIterator[tuple[Caller, Caller]]:
    store = TokenStore.in_data_dir(tmp_path)
    alice_token, bob_token = store.add("alice"), store.add("bob")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    app = echo_app(tmp_path, url, authenticator=Authenticator.for_data_dir(MESH_TOKEN, tmp_path))
    async with running(app, port), httpx.AsyncClient(timeout=10) as http:
        yield Caller(http, url, alice_token), Caller(http, url, bob_token)


async def test_another_caller_cannot_get_cancel_or_subscribe_to_a_running_task(callers) -> None:
    alice, bob = callers
    task_id = (await alice.send("hold"))["result"]["task"]["id"]
    assert (await bob.rpc("GetTask", {"id": task_id}))["error"]["code"] == TASK_NOT_FOUND
    assert (await bob.rpc("CancelTask", {"id": task_id}))["error"]["code"] == TASK_NOT_FOUND
    assert (await bob.rpc("SubscribeToTask", {"id": task_id}))["error"]["code"] == TASK_NOT_FOUND
    assert (await alice.rpc("GetTask", {"id": task_id}))["result"]["id"] == task_id
    canceled = await alice.rpc("CancelTask", {"id": task_id})
    assert canceled["result"]["status"]["state"] == "TASK_STATE_CANCELED"


async def test_another_caller_cannot_get_or_list_a_finished_task(callers) -> None:
    alice, bob = callers
    task_id = (await alice.send("hello"))["result"]["task"]["id"]
    assert (await alice.rpc("GetTask", {"id": task_id}))["result"]["status"]["state"] == "TASK_STATE_COMPLETED"
    assert (await bob.rpc("GetTask", {"id": task_id}))["error"]["code"] == TASK_NOT_FOUND
    with anyio.fail_after(5):  # listing reads the durable store, written just behind the answer
        while await alice.listed() != [task_id]:
            await anyio.sleep(0.02)
    assert await bob.listed() == []


async def test_another_caller_cannot_continue_a_task(callers) -> None:
    alice, bob = callers
    task = (await alice.send("hold"))["result"]["task"]
    answer = await bob.send("take over", taskId=task["id"], contextId=task["contextId"])
    assert answer.get("error", {}).get("code") == TASK_NOT_FOUND
    assert (await alice.rpc("GetTask", {"id": task["id"]}))["result"]["status"]["state"] == "TASK_STATE_WORKING"
    await alice.rpc("CancelTask", {"id": task["id"]})
