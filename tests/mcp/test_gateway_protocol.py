"""The gateway as an MCP server: what it declares, lists, completes and tells, with the real ``mcp`` client."""

from __future__ import annotations

import gc
import json

import anyio
import pytest
from mcp import Client, MCPError
from mcp.shared.exceptions import MCPDeprecationWarning
from mcp_types import INVALID_PARAMS, ResourceTemplateReference

from servers.gateway import create_gateway
from servers.tools.protocol import accord_version

pytestmark = pytest.mark.anyio
CARD_TEMPLATE = "accord://agents/{name}"


class Notifications:
    """Collects the server's notifications by method, and lets a test wait for one."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict]] = []
        self.arrived = anyio.Event()

    async def __call__(self, message) -> None:
        root = getattr(message, "root", message)
        method = getattr(root, "method", None)
        if isinstance(method, str):
            params = getattr(root, "params", None)
            self.seen.append((method, params.model_dump(mode="json") if params is not None else {}))
            self.arrived.set()

    async def wait_for(self, method: str, timeout_s: float = 15.0) -> list[dict]:
        with anyio.fail_after(timeout_s):
            while not (found := [params for seen, params in self.seen if seen == method]):
                self.arrived = anyio.Event()
                await self.arrived.wait()
        return found


async def test_it_declares_its_version_and_every_capability_it_serves(mesh):
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        capabilities = client.server_capabilities
        assert client.server_info.name == "accord" and client.server_info.version == accord_version() != ""
    assert capabilities.resources.subscribe and capabilities.resources.list_changed
    assert capabilities.logging is not None and capabilities.completions is not None


async def test_every_tool_is_annotated_has_a_closed_output_schema_and_pattern_is_an_enum(mesh):
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert set(tools) == {"list_agents", "ask_agent", "orchestrate", "get_run"}
    for tool in tools.values():
        hints = tool.annotations
        assert hints is not None and hints.open_world_hint is True, tool.name
        assert hints.read_only_hint is (tool.name in ("list_agents", "get_run")), tool.name
        assert hints.idempotent_hint is (tool.name in ("list_agents", "get_run")), tool.name
        assert tool.output_schema["additionalProperties"] is False
        assert "\n " not in tool.description
    assert tools["list_agents"].output_schema["$defs"]["AgentSummary"]["additionalProperties"] is False
    pattern = tools["orchestrate"].input_schema["properties"]["pattern"]["anyOf"][0]
    assert pattern["enum"] == ["router", "supervisor", "fanout", "pipeline", "evaluator"]
    assert {"task_id", "context_id"} <= set(tools["ask_agent"].input_schema["properties"])


async def test_resources_list_every_agent_card_and_reading_one_gives_the_card(mesh):
    await mesh.register("translator", "Translates text.")
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        resources = {str(r.uri): r for r in (await client.list_resources()).resources}
        read = await client.read_resource("accord://agents/translator")
        templates = [t.uri_template for t in (await client.list_resource_templates()).resource_templates]
    assert set(resources) == {"accord://agents/converter", "accord://agents/translator"}
    assert resources["accord://agents/translator"].mime_type == "application/json"
    assert "Translates text." in resources["accord://agents/translator"].description
    assert json.loads(read.contents[0].text)["name"] == "translator"
    assert templates == [CARD_TEMPLATE]


async def test_an_unknown_card_is_a_not_found_error_not_an_internal_one(mesh):
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        for uri in ("accord://agents/nobody", "accord://agents/Not%20A%20Name"):
            with pytest.raises(MCPError) as caught:
                await client.read_resource(uri)
            assert caught.value.error.code == INVALID_PARAMS, caught.value.error
            assert "no agent named" in caught.value.error.message


async def test_agent_names_complete_in_the_card_template(mesh):
    await mesh.register("translator", "Translates text.")
    await mesh.register("tutor", "Teaches.")
    reference = ResourceTemplateReference(type="ref/resource", uri=CARD_TEMPLATE)
    async with Client(create_gateway(mesh.registry_url), mode="legacy") as client:
        some = (await client.complete(reference, {"name": "name", "value": "t"})).completion
        none = (await client.complete(reference, {"name": "name", "value": "zz"})).completion
    assert some.values == ["translator", "tutor"] and some.total == 2 and not some.has_more
    assert none.values == []


async def test_clients_hear_when_agents_come_and_go_and_subscribers_when_a_card_changes(mesh):
    heard = Notifications()
    gateway = create_gateway(mesh.registry_url, watch_interval_s=0.1)
    async with Client(gateway, mode="legacy", message_handler=heard) as client:
        with pytest.warns(MCPDeprecationWarning):  # resources/subscribe is a handshake-era method
            await client.subscribe_resource("accord://agents/converter")
        await anyio.sleep(0.3)  # the watch has seen the mesh as it is
        assert heard.seen == []
        await mesh.register("translator", "Translates text.")
        await heard.wait_for("notifications/resources/list_changed")
        await mesh.register("converter", "Converts amounts between currencies, now with crypto.")
        updated = await heard.wait_for("notifications/resources/updated")
        assert updated[0]["uri"] == "accord://agents/converter"
        with pytest.warns(MCPDeprecationWarning):
            await client.unsubscribe_resource("accord://agents/converter")
        await mesh.remove("converter")
        with anyio.fail_after(15):
            while len([m for m, _ in heard.seen if m == "notifications/resources/list_changed"]) < 2:
                await anyio.sleep(0.05)
    assert len([m for m, _ in heard.seen if m == "notifications/resources/updated"]) == 1  # unsubscribed
    gc.collect()
    assert gateway.watch._connections() == []  # a closed connection is not kept alive by the watch


async def test_a_tool_call_logs_to_the_client_at_the_level_it_set(mesh):
    logs = []

    async def on_log(params) -> None:
        logs.append(params)

    async with Client(create_gateway(mesh.registry_url), mode="legacy", logging_callback=on_log) as client:
        with pytest.warns(MCPDeprecationWarning):  # the SDK marks logging deprecated after 2025-11-25
            await client.set_logging_level("warning")
        await client.call_tool("list_agents", {})
        assert logs == []  # "done" is info, below the level set
        await client.call_tool("ask_agent", {"agent": "nobody", "message": "hi"})
    assert [log.level for log in logs] == ["warning"] and "ask_agent: declined" in logs[0].data
