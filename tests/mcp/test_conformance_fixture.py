"""The conformance suite's fixture server, through the real ``mcp`` client over Streamable HTTP.

The suite itself runs in ``.ci/mcp-conformance`` (it needs node 22); these check the same fixtures from Python,
so a broken fixture fails here first, and that the fixture server stays out of every mesh.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import Client
from mcp.client.session import ClientRequestContext
from mcp_types import (
    CreateMessageRequestParams,
    CreateMessageResult,
    ElicitRequestFormParams,
    ElicitRequestParams,
    ElicitResult,
    ImageContent,
    LoggingMessageNotificationParams,
    PromptReference,
    TextContent,
)

from servers.cli.tools import http_app
from servers.tools import available, create_tool_server
from tests.mcp.legacy import set_logging_level
from tests.mcp.results import resource_blob, resource_text, text
from tests.support.servers import running

pytestmark = pytest.mark.anyio


async def test_the_fixtures_answer_as_the_suite_expects(tmp_path: Path):
    asked: list[dict[str, Any]] = []
    sampled: list[str] = []
    logs: list[str] = []
    reported: list[float] = []

    async def on_elicit(context: ClientRequestContext, params: ElicitRequestParams) -> ElicitResult:
        asked.append(params.requested_schema if isinstance(params, ElicitRequestFormParams) else {})
        return ElicitResult(action="accept", content={"username": "ada", "email": "ada@example.com"})

    async def on_sample(context: ClientRequestContext, params: CreateMessageRequestParams) -> CreateMessageResult:
        content = params.messages[0].content
        sampled.append(content.text if isinstance(content, TextContent) else repr(content))
        return CreateMessageResult(role="assistant", content=TextContent(type="text", text="hi"), model="m")

    async def on_log(params: LoggingMessageNotificationParams) -> None:
        logs.append(str(params.data))

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        reported.append(progress)

    app = http_app(create_tool_server("conformance", tmp_path), host="127.0.0.1", mesh_token=None, data_dir=tmp_path)
    with anyio.fail_after(60):
        async with (
            running(app) as url,
            Client(
                f"{url}/mcp",
                mode="legacy",
                elicitation_callback=on_elicit,
                sampling_callback=on_sample,
                logging_callback=on_log,
            ) as client,
        ):
            tools = {tool.name for tool in (await client.list_tools()).tools}
            elicited = await client.call_tool("test_elicitation", {"message": "who are you?"})
            sampling = await client.call_tool("test_sampling", {"prompt": "say hi"})
            await set_logging_level(client, "debug")  # a handshake-era method
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
    assert asked[0]["required"] == ["username", "email"] and "ada@example.com" in text(elicited)
    assert sampled == ["say hi"] and text(sampling) == "LLM response: hi"
    assert [text for text in logs if text.startswith("Tool ")] == [
        "Tool execution started",
        "Tool processing data",
        "Tool execution completed",
    ]
    assert reported == [0, 50, 100]
    assert failed.is_error and text(failed) == "This tool intentionally returns an error for testing"
    assert isinstance(image.content[0], ImageContent)
    png = base64.b64decode(image.content[0].data)
    assert png.startswith(b"\x89PNG") and base64.b64decode(resource_blob(binary)) == png
    assert '"Data for ID: 123"' in resource_text(templated)
    assert text(prompt) == "Prompt with arguments: arg1='a1', arg2='a2'"
    assert completed.completion.values == ["paris", "park", "party"]


def test_the_fixture_server_is_served_on_request_but_never_part_of_the_mesh(tmp_path: Path):
    assert "conformance" not in available()
    assert create_tool_server("conformance", tmp_path).name == "accord-conformance"
