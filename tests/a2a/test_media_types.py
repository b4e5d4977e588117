"""Content types on the wire: a body that is not JSON is refused (415) unread, JSON answers say application/json."""

from __future__ import annotations

import json

import pytest
from a2a.types import ListTasksRequest

from agents.settings import Settings
from servers.a2a.conformance import conformance_app
from tests.a2a.conftest import BASE, sdk_client, served

pytestmark = pytest.mark.anyio
SEND = {
    "message": {"messageId": "tck-complete-task-m", "role": "ROLE_USER", "parts": [{"text": "hi"}]},
}
RPC = {"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": SEND}
V1 = {"A2A-Version": "1.0"}


@pytest.fixture
def app(tmp_path):
    return conformance_app(Settings(data_dir=tmp_path), BASE)


async def stored_tasks(http, app) -> int:
    listed = await sdk_client(http, app.state.card, "JSONRPC").list_tasks(ListTasksRequest(page_size=10))
    return len(listed.tasks)


async def test_a_text_plain_json_rpc_post_gets_415_with_the_content_type_error(app):
    async with served(app) as http:
        answer = await http.post("/", content=json.dumps(RPC), headers={**V1, "Content-Type": "text/plain"})
        tasks = await stored_tasks(http, app)
    assert answer.status_code == 415
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json()["error"]["code"] == -32005
    assert tasks == 0


async def test_a_text_plain_rest_send_is_refused_and_not_executed(app):
    async with served(app) as http:
        answer = await http.post(
            "/rest/message:send", content=json.dumps(SEND), headers={**V1, "Content-Type": "text/plain"}
        )
        tasks = await stored_tasks(http, app)
    assert answer.status_code == 415
    assert answer.json()["error"]["code"] == 415
    assert tasks == 0


async def test_rest_answers_are_application_json(app):
    async with served(app) as http:
        sent = await http.post("/rest/message:send", json=SEND, headers=V1)
        listed = await http.get("/rest/tasks", headers=V1)
        missing = await http.get("/rest/tasks/nope", headers=V1)
    assert sent.status_code == 200 and sent.json()["task"]["status"]["state"] == "TASK_STATE_COMPLETED"
    for answer in (sent, listed, missing):
        assert answer.headers["content-type"].split(";")[0] == "application/json"
    assert missing.status_code == 404


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", "application/a2a+json"]
)
async def test_json_content_types_are_accepted(app, content_type):
    async with served(app) as http:
        answer = await http.post("/", content=json.dumps(RPC), headers={**V1, "Content-Type": content_type})
    assert answer.status_code == 200
    assert answer.json()["result"]["task"]["status"]["state"] == "TASK_STATE_COMPLETED"
