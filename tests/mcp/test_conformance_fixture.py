"""The conformance suite's fixture server, through the real ``mcp`` client over Streamable HTTP.

The suite itself runs in ``.ci/mcp-conformance`` (it needs node 22); these check the same fixtures from Python,
so a broken fixture fails here first, and that the fixture server stays out of every mesh.
"""

from __future__ import annotations

import base64

import anyio
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPDeprecationWarning
from mcp_types import CreateMessageResult, ElicitResult, PromptReference, TextContent

from servers.cli.tools import http_app
from servers.tools import available, create_tool_server
from tests.support.servers import running

pytestmark = pytest.mark.anyio


async def test_the_fixtures_answer_as_the_suite_expects(tmp_path):
    asked: list[dict] = []
    sampled: list[str] = []
    logs: list[str] = []
    progress: list[float] = []

    async def on_elicit(context, params) -> ElicitResult:
        asked.append(params.requested_schema)
        return ElicitResult(action="accept", content={"username": "ada", "email": "ada@example.com"})

    async def on_sample(context, params) -> CreateMessageResult:
        sampled.append(params.messages[0].content.text)
        return CreateMessageResult(role="assistant", content=TextContent(type="text", text="hi"), model="m")

    async def on_log(params) -> None:
        logs.append(params.data)

    async def on_progress(done: float, total: float | None, message: str | None) -> None:
        progress.append(done)

    app = http_app(create_tool_server("conformance", tmp_path), host="127.0.0.1", mesh_token=None, data_dir=tmp_path)
    callbacks = {"elicitation_callback": on_elicit, "sampling_callback": on_sample, "logging_callback": on_log}
    with anyio.fail_after(60):
        async with running(app) as url, Client(f"{url}/mcp", mode="legacy", **callbacks) as client:
            tools = {tool.name for tool in (await client.list_tools()).tools}
            elicited = await client.call_tool("test_elicitation", {"message": "who are you?"})
            sampling = await client.call_tool("test_sampling", {"prompt": "say hi"})
            with pytest.warns(MCPDeprecationWarning):
                await client.set_logging_level("debug")
            await client.call_tool("test_tool_with_logging", {})
            await client.call_tool("test_tool_with_progress", {}, progress_callback=on_progress)
            failed = await client.call_tool("test_error_handling", {})
            image = await client.call_tool("test_image_content", {})
            binary = await client.read_resource("test://static-binary")
            templated = await client.read_resource("test://template/123/data")
            prompt = await client.get_prompt("test_prompt_with_arguments", {"arg1": "a1", "arg2": "a2"})
            completed = await client.complete(
                PromptReference(type="ref/prompt", name="test_prompt_with_arguments"), {"name": "arg1", "value": "par"}
            )
    assert {"test_simple_text", "test_reconnection", "json_schema_2020_12_tool"} <= tools
    assert asked[0]["required"] == ["username", "email"] and "ada@example.com" in elicited.content[0].text
    assert sampled == ["say hi"] and sampling.content[0].text == "LLM response: hi"
    assert [text for text in logs if text.startswith("Tool ")] == [
        "Tool execution started",
        "Tool processing data",
        "Tool execution completed",
    ]
    assert progress == [0, 50, 100]
    assert failed.is_error and failed.content[0].text == "This tool intentionally returns an error for testing"
    png = base64.b64decode(image.content[0].data)
    assert png.startswith(b"\x89PNG") and base64.b64decode(binary.contents[0].blob) == png
    assert '"Data for ID: 123"' in templated.contents[0].text
    assert prompt.messages[0].content.text == "Prompt with arguments: arg1='a1', arg2='a2'"
    assert completed.completion.values == ["paris", "park", "party"]


def test_the_fixture_server_is_served_on_request_but_never_part_of_the_mesh(tmp_path):
    assert "conformance" not in available()
    assert create_tool_server("conformance", tmp_path).name == "accord-conformance"
