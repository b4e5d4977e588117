"""The gateway as an MCP server: what it declares, lists, completes and tells, with the real ``mcp`` client."""

from __future__ import annotations

import gc
import json
from typing import Any

import anyio
import pytest
from mcp import Client, MCPError
from mcp.client.session import IncomingMessage
from mcp_types import INVALID_PARAMS, LoggingMessageNotificationParams, ResourceTemplateReference

from servers.gateway import create_gateway
from servers.tools.protocol import accord_version
from tests.mcp.conftest import Mesh
from tests.mcp.legacy import set_logging_level, subscribe, unsubscribe
from tests.mcp.results import resource_text

pytestmark = pytest.mark.anyio
CARD_TEMPLATE = "accord://agents/{name}"


class Notifications:
    """Collects the server's notifications by method, and lets a test wait for one."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict[str, Any]]] = []
        self.arrived = anyio.Event()

    async def __call__(self, message: IncomingMessage) -> None:
        if isinstance(message, Exception):
            return
        params = message.params
        self.seen.append((message.method, params.model_dump(mode="json") if params is not None else {}))
        self.arrived.set()

    async def wait_for(self, method: str, count: int = 1, timeout_s: float = 15.0) -> list[dict[str, Any]]:
        """The params of every ``method`` notification so far, once there are at least ``count`` of them."""
        with anyio.fail_after(timeout_s):
            while len(found := [params for seen, params in self.seen if seen == method]) < count:
                self.arrived = anyio.Event()
                await self.arrived.wait()
        return found


async def test_it_declares_its_version_and_every_capability_it_serves(mesh: Mesh):
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        capabilities = client.server_capabilities
        info = client.server_info
        assert info is not None and info.name == "accord" and info.version == accord_version() != ""
    assert capabilities.resources is not None
    assert capabilities.resources.subscribe and capabilities.resources.list_changed
    assert capabilities.logging is not None and capabilities.completions is not None


async def test_every_tool_is_annotated_has_a_closed_output_schema_and_pattern_is_an_enum(mesh: Mesh):
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert set(tools) == {"list_agents", "ask_agent", "orchestrate", "get_run"}
    for tool in tools.values():
        hints = tool.annotations
        assert hints is not None and hints.open_world_hint is True, tool.name
        assert hints.read_only_hint is (tool.name in ("list_agents", "get_run")), tool.name
        assert hints.idempotent_hint is (tool.name in ("list_agents", "get_run")), tool.name
        assert tool.output_schema is not None and tool.output_schema["additionalProperties"] is False
        assert tool.description is not None and "\n " not in tool.description
    listed = tools["list_agents"].output_schema
    assert listed is not None and listed["$defs"]["AgentSummary"]["additionalProperties"] is False
    pattern = tools["orchestrate"].input_schema["properties"]["pattern"]["anyOf"][0]
    assert pattern["enum"] == ["router", "supervisor", "fanout", "pipeline", "evaluator"]
    assert {"task_id", "context_id"} <= set(tools["ask_agent"].input_schema["properties"])


async def test_resources_list_every_agent_card_and_reading_one_gives_the_card(mesh: Mesh):
    await mesh.register("translator", "Translates text.")
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        resources = {str(r.uri): r for r in (await client.list_resources()).resources}
        read = await client.read_resource("accord://agents/translator")
        templates = [t.uri_template for t in (await client.list_resource_templates()).resource_templates]
    assert set(resources) == {"accord://agents/converter", "accord://agents/translator"}
    assert resources["accord://agents/translator"].mime_type == "application/json"
    assert "Translates text." in (resources["accord://agents/translator"].description or "")
    assert json.loads(resource_text(read))["name"] == "translator"
    assert templates == [CARD_TEMPLATE]


async def test_an_unknown_card_is_a_not_found_error_not_an_internal_one(mesh: Mesh):
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        for uri in ("accord://agents/nobody", "accord://agents/Not%20A%20Name"):
            with pytest.raises(MCPError) as caught:
                await client.read_resource(uri)
            assert caught.value.error.code == INVALID_PARAMS, caught.value.error
            assert "no agent named" in caught.value.error.message


async def test_agent_names_complete_in_the_card_template(mesh: Mesh):
    await mesh.register("translator", "Translates text.")
    await mesh.register("tutor", "Teaches.")
    reference = ResourceTemplateReference(type="ref/resource", uri=CARD_TEMPLATE)
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        some = (await client.complete(reference, {"name": "name", "value": "t"})).completion
        none = (await client.complete(reference, {"name": "name", "value": "zz"})).completion
    assert some.values == ["translator", "tutor"] and some.total == 2 and not some.has_more
    assert none.values == []


async def test_clients_hear_when_agents_come_and_go_and_subscribers_when_a_card_changes(mesh: Mesh):
    heard = Notifications()
    gateway = create_gateway(mesh.registry_url, watch_interval_s=0.1)
    async with Client(gateway, mode="legacy", message_handler=heard) as client:
        await subscribe(client, "accord://agents/converter")  # a handshake-era method
        await gateway.watch.refresh()  # the watch has seen the mesh as it is, and told nobody
        assert heard.seen == []
        await mesh.register("translator", "Translates text.")
        await heard.wait_for("notifications/resources/list_changed")
        await mesh.register("converter", "Converts amounts between currencies, now with crypto.")
        updated = await heard.wait_for("notifications/resources/updated")
        assert updated[0]["uri"] == "accord://agents/converter"
        await unsubscribe(client, "accord://agents/converter")
        await mesh.remove("converter")
        await heard.wait_for("notifications/resources/list_changed", count=2)
        # A later look at the mesh is told after the removal's look has told all it would (the watch looks at
        # one time), so by the third list change an "updated" for the unsubscribed card would have arrived.
        await mesh.register("tutor", "Teaches.")
        await heard.wait_for("notifications/resources/list_changed", count=3)
    assert len([m for m, _ in heard.seen if m == "notifications/resources/updated"]) == 1  # unsubscribed
    gc.collect()
    assert gateway.watch.connections() == []  # a closed connection is not kept alive by the watch


async def test_a_tool_call_logs_to_the_client_at_the_level_it_set(mesh: Mesh):
    logs: list[LoggingMessageNotificationParams] = []

    async def on_log(params: LoggingMessageNotificationParams) -> None:
        logs.append(params)

    async with Client(create_gateway(mesh.registry_url), mode="legacy", logging_callback=on_log) as client:
        await set_logging_level(client, "warning")  # a handshake-era method
        await client.call_tool("list_agents", {})
        assert logs == []  # "done" is info, below the level set
        await client.call_tool("ask_agent", {"agent": "nobody", "message": "hi"})
    assert [log.level for log in logs] == ["warning"] and "ask_agent: declined" in logs[0].data
