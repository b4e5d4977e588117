"""Push notifications: a task's events POSTed to the client's webhook; private and loopback webhooks refused."""

from __future__ import annotations

import json

import anyio
import pytest
from a2a.client import ClientCallContext
from a2a.types import (
    ListTaskPushNotificationConfigsRequest,
    Message,
    Part,
    Role,
    SendMessageConfiguration,
    SendMessageRequest,
    TaskPushNotificationConfig,
)
from a2a.utils.errors import InvalidParamsError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from agents.settings import Settings
from servers.a2a.conformance import conformance_app
from servers.a2a.push import PushPolicy
from tests.a2a.conftest import BASE, BINDINGS, sdk_client, served
from tests.support.servers import running

pytestmark = pytest.mark.anyio
CALL = ClientCallContext(timeout=20)


class Webhook:
    """A receiver on a real loopback socket that records each notification's headers and JSON body."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], dict]] = []
        self.completed = anyio.Event()

        async def hook(request: Request) -> Response:
            body = json.loads(await request.body())
            self.received.append((dict(request.headers), body))
            state = (body.get("statusUpdate") or body.get("task") or {}).get("status", {}).get("state")
            if state == "TASK_STATE_COMPLETED":
                self.completed.set()
            return Response(status_code=204)

        self.app = Starlette(routes=[Route("/hook", hook, methods=["POST"])])


def request(message_id: str, url: str) -> SendMessageRequest:
    message = Message(message_id=message_id, role=Role.ROLE_USER, parts=[Part(text="hi")])
    config = TaskPushNotificationConfig(url=url, token="notification-token-1")
    return SendMessageRequest(
        message=message, configuration=SendMessageConfiguration(task_push_notification_config=config)
    )


@pytest.mark.parametrize("binding", BINDINGS)
async def test_a_task_s_events_reach_the_webhook_with_the_client_s_token(tmp_path, monkeypatch, binding):
    monkeypatch.setenv("ACCORD_PUSH_ALLOW_LOOPBACK", "1")
    app = conformance_app(Settings(data_dir=tmp_path), BASE)
    webhook = Webhook()
    async with running(webhook.app) as hook_url, served(app) as http:
        client = sdk_client(http, app.state.card, binding)
        [event] = [
            e async for e in client.send_message(request("tck-artifact-text-p", f"{hook_url}/hook"), context=CALL)
        ]
        with anyio.fail_after(15):
            await webhook.completed.wait()
        configs = await client.list_task_push_notification_configs(
            ListTaskPushNotificationConfigsRequest(task_id=event.task.id), context=CALL
        )
    assert all(headers.get("x-a2a-notification-token") == "notification-token-1" for headers, _ in webhook.received)
    assert any("artifactUpdate" in body for _, body in webhook.received)
    assert {body.get("statusUpdate", {}).get("taskId") for _, body in webhook.received} - {None} == {event.task.id}
    assert [c.url for c in configs.configs] == [f"{hook_url}/hook"]


@pytest.mark.parametrize(
    ("url", "allow"),
    [
        ("http://10.20.30.40/hook", {}),  # private
        ("http://127.0.0.1:9/hook", {}),  # loopback without the flag
        ("http://169.254.169.254/latest/meta-data", {"allow_loopback": True, "allow_private": True}),  # metadata
        ("file:///etc/passwd", {"allow_loopback": True}),
        ("http://user:pw@example.com/hook", {}),
    ],
)
async def test_a_refused_webhook_is_invalid_params_and_nothing_runs(tmp_path, monkeypatch, url, allow):
    for name, flag in (
        ("ACCORD_PUSH_ALLOW_LOOPBACK", "allow_loopback"),
        ("ACCORD_PUSH_ALLOW_PRIVATE", "allow_private"),
    ):
        monkeypatch.setenv(name, "1" if allow.get(flag) else "0")
    app = conformance_app(Settings(data_dir=tmp_path), BASE)
    async with served(app) as http:
        client = sdk_client(http, app.state.card, "JSONRPC")
        with pytest.raises(InvalidParamsError):
            [e async for e in client.send_message(request("tck-complete-task-p", url), context=CALL)]


async def test_the_policy_admits_public_hosts_and_private_ones_only_by_flag():
    assert await PushPolicy().admits("https://93.184.215.14/hook")
    assert not await PushPolicy().admits("http://192.168.1.5/hook")
    assert await PushPolicy(allow_private=True).admits("http://192.168.1.5/hook")
    assert not await PushPolicy(allow_private=True).admits("http://127.0.0.1/hook")
    assert await PushPolicy(allow_loopback=True).admits("http://127.0.0.1/hook")
    assert not await PushPolicy(allow_loopback=True, allow_private=True).admits("http://[fe80::1]/hook")


@pytest.mark.postgres
async def test_webhooks_are_kept_in_the_shared_database_and_sent_from_it(tmp_path, monkeypatch):
    import os

    database = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not database:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to a PostgreSQL database to run the PostgreSQL tests")
    monkeypatch.setenv("ACCORD_PUSH_ALLOW_LOOPBACK", "1")
    settings = Settings(data_dir=tmp_path, database_url=database)
    webhook = Webhook()
    async with running(webhook.app) as hook_url:
        app = conformance_app(settings, BASE)
        async with served(app) as http:
            client = sdk_client(http, app.state.card, "JSONRPC")
            sent = request(f"tck-artifact-text-{tmp_path.name}", f"{hook_url}/hook")
            [event] = [e async for e in client.send_message(sent, context=CALL)]
            with anyio.fail_after(15):
                await webhook.completed.wait()
        other = conformance_app(settings, BASE)  # another replica, the same database
        async with served(other) as http:
            listed = await sdk_client(http, other.state.card, "JSONRPC").list_task_push_notification_configs(
                ListTaskPushNotificationConfigsRequest(task_id=event.task.id), context=CALL
            )
    assert [c.url for c in listed.configs] == [f"{hook_url}/hook"]
