"""The MCP conformance suite's fixtures: the tools, resources and prompts its server scenarios call by name.

``accord tools conformance --http`` serves them on the same hosting code as every accord tool server (the same
``AccordServer``, transport security, event store and priming events), so the suite
(``@modelcontextprotocol/conformance``) judges that code rather than a stand-in. Test-only: no agent uses it
and the mesh never starts it. Every answer is canned; the suite's scenario descriptions say what each returns.
"""

from __future__ import annotations

import base64
import io
import json
import struct
import wave
import zlib
from pathlib import Path
from typing import Annotated, Any, TypedDict

import anyio
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.prompts.base import Message, UserMessage
from mcp.shared.message import ServerMessageMetadata
from mcp_types import (
    AudioContent,
    CallToolResult,
    Completion,
    CreateMessageRequest,
    CreateMessageRequestParams,
    CreateMessageResult,
    EmbeddedResource,
    EmptyResult,
    ImageContent,
    PromptReference,
    SamplingMessage,
    SubscribeRequestParams,
    TextContent,
    TextResourceContents,
    ToolAnnotations,
    UnsubscribeRequestParams,
)
from pydantic import Field

from servers.tools.protocol import READ_ONLY, AccordServer, log

SCHEMA_2020_12 = "https://json-schema.org/draft/2020-12/schema"
MAX_WATCHED = 100
ASKS_CLIENT = ToolAnnotations(read_only_hint=True, idempotent_hint=False, open_world_hint=True)
"""Asks the client (sampling, elicitation): nothing changes here, but the answer is someone else's."""
FAILS = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False)


def _png() -> bytes:
    """A 1x1 red PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")  # one scanline: no filter, then red
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def _wav() -> bytes:
    """A tenth of a second of silence, 8 kHz mono."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(1)
        out.setframerate(8_000)
        out.writeframes(b"\x80" * 800)
    return buffer.getvalue()


PNG = base64.b64encode(_png()).decode()
WAV = base64.b64encode(_wav()).decode()


class _ToolOptions(TypedDict):
    annotations: ToolAnnotations
    structured_output: bool


def _text(text: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=text)])


class ConformanceServer(AccordServer):
    """Publishes ``json_schema_2020_12_tool`` with the exact 2020-12 schema the suite looks for."""

    async def list_tools(self) -> list[Any]:
        tools = await super().list_tools()
        for tool in tools:
            if tool.name == "json_schema_2020_12_tool":
                tool.input_schema = {
                    "$schema": SCHEMA_2020_12,
                    "type": "object",
                    "$defs": {
                        "address": {
                            "type": "object",
                            "properties": {"street": {"type": "string"}, "city": {"type": "string"}},
                        }
                    },
                    "properties": {"name": {"type": "string"}, "address": {"$ref": "#/$defs/address"}},
                    "additionalProperties": False,
                }
        return tools


def create_server(data_dir: Path | None = None) -> ConformanceServer:
    mcp = ConformanceServer("accord-conformance", instructions="MCP conformance fixtures. For protocol tests only.")
    canned = _ToolOptions(annotations=READ_ONLY, structured_output=False)

    @mcp.tool(**canned)
    def test_simple_text() -> CallToolResult:
        """Returns one text block."""
        return _text("This is a simple text response for testing.")

    @mcp.tool(**canned)
    def test_image_content() -> CallToolResult:
        """Returns a 1x1 PNG image."""
        return CallToolResult(content=[ImageContent(type="image", data=PNG, mime_type="image/png")])

    @mcp.tool(**canned)
    def test_audio_content() -> CallToolResult:
        """Returns a short WAV clip."""
        return CallToolResult(content=[AudioContent(type="audio", data=WAV, mime_type="audio/wav")])

    @mcp.tool(**canned)
    def test_embedded_resource() -> CallToolResult:
        """Returns an embedded text resource."""
        resource = TextResourceContents(
            uri="test://embedded-resource", mime_type="text/plain", text="This is an embedded resource content."
        )
        return CallToolResult(content=[EmbeddedResource(type="resource", resource=resource)])

    @mcp.tool(**canned)
    def test_multiple_content_types() -> CallToolResult:
        """Returns text, an image and an embedded resource."""
        resource = TextResourceContents(
            uri="test://mixed-content-resource",
            mime_type="application/json",
            text=json.dumps({"test": "data", "value": 123}),
        )
        return CallToolResult(
            content=[
                TextContent(type="text", text="Multiple content types test:"),
                ImageContent(type="image", data=PNG, mime_type="image/png"),
                EmbeddedResource(type="resource", resource=resource),
            ]
        )

    @mcp.tool(**canned)
    async def test_tool_with_logging(ctx: Context) -> CallToolResult:
        """Sends three info log notifications while it runs."""
        for step, text in enumerate(("Tool execution started", "Tool processing data", "Tool execution completed")):
            if step:
                await anyio.sleep(0.05)
            await log(ctx, "info", text, logger="conformance")
        return _text("Tool with logging executed successfully")

    @mcp.tool(annotations=FAILS, structured_output=False)
    def test_error_handling() -> CallToolResult:
        """Always fails."""
        return CallToolResult(
            content=[TextContent(type="text", text="This tool intentionally returns an error for testing")],
            is_error=True,
        )

    @mcp.tool(**canned)
    async def test_tool_with_progress(ctx: Context) -> CallToolResult:
        """Reports progress 0, 50 and 100 of 100."""
        for step, done in enumerate((0, 50, 100)):
            if step:
                await anyio.sleep(0.05)
            await ctx.report_progress(done, 100, f"{done}%")
        return _text("Tool with progress executed successfully")

    @mcp.tool(annotations=ASKS_CLIENT, structured_output=False)
    async def test_sampling(
        prompt: Annotated[str, Field(description="The prompt to send to the LLM", max_length=10_000)],
        ctx: Context,
    ) -> CallToolResult:
        """Asks the client's model to answer the prompt (sampling)."""
        message = SamplingMessage(role="user", content=TextContent(type="text", text=prompt))
        request = CreateMessageRequest(params=CreateMessageRequestParams(messages=[message], max_tokens=100))
        answer = await ctx.session.send_request(
            request, CreateMessageResult, metadata=ServerMessageMetadata(related_request_id=ctx.request_id)
        )
        content = answer.content
        return _text(f"LLM response: {getattr(content, 'text', '') or json.dumps(content.model_dump(mode='json'))}")

    async def elicit(ctx: Context, message: str, schema: dict[str, Any]) -> CallToolResult:
        reply = await ctx.session.elicit_form(message, schema, related_request_id=ctx.request_id)
        return _text(f"Elicitation completed: action={reply.action}, content={json.dumps(reply.content)}")

    @mcp.tool(annotations=ASKS_CLIENT, structured_output=False)
    async def test_elicitation(
        message: Annotated[str, Field(description="The message to show the user", max_length=10_000)],
        ctx: Context,
    ) -> CallToolResult:
        """Asks the user for a username and an email address (elicitation)."""
        properties = {
            "username": {"type": "string", "description": "User's response"},
            "email": {"type": "string", "description": "User's email address"},
        }
        return await elicit(
            ctx, message, {"type": "object", "properties": properties, "required": ["username", "email"]}
        )

    @mcp.tool(annotations=ASKS_CLIENT, structured_output=False)
    async def test_elicitation_sep1034_defaults(ctx: Context) -> CallToolResult:
        """Asks the user for values of every primitive type, each with a default (SEP-1034)."""
        properties = {
            "name": {"type": "string", "description": "User name", "default": "John Doe"},
            "age": {"type": "integer", "description": "User age", "default": 30},
            "score": {"type": "number", "description": "User score", "default": 95.5},
            "status": {
                "type": "string",
                "description": "User status",
                "enum": ["active", "inactive", "pending"],
                "default": "active",
            },
            "verified": {"type": "boolean", "description": "Verification status", "default": True},
        }
        schema: dict[str, Any] = {"type": "object", "properties": properties, "required": []}
        return await elicit(ctx, "Please review and update the form fields with defaults", schema)

    @mcp.tool(annotations=ASKS_CLIENT, structured_output=False)
    async def test_elicitation_sep1330_enums(ctx: Context) -> CallToolResult:
        """Asks the user to choose from each of the five kinds of enum (SEP-1330)."""
        options = ["option1", "option2", "option3"]
        properties = {
            "untitledSingle": {"type": "string", "description": "Choose an option", "enum": options},
            "titledSingle": {
                "type": "string",
                "description": "Choose a titled option",
                "oneOf": [
                    {"const": "value1", "title": "First Option"},
                    {"const": "value2", "title": "Second Option"},
                    {"const": "value3", "title": "Third Option"},
                ],
            },
            "legacyEnum": {
                "type": "string",
                "description": "Choose a legacy option",
                "enum": ["opt1", "opt2", "opt3"],
                "enumNames": ["Option One", "Option Two", "Option Three"],
            },
            "untitledMulti": {
                "type": "array",
                "description": "Choose options",
                "items": {"type": "string", "enum": options},
            },
            "titledMulti": {
                "type": "array",
                "description": "Choose titled options",
                "items": {
                    "anyOf": [
                        {"const": "value1", "title": "First Choice"},
                        {"const": "value2", "title": "Second Choice"},
                        {"const": "value3", "title": "Third Choice"},
                    ]
                },
            },
        }
        return await elicit(ctx, "Please choose from the enum options", {"type": "object", "properties": properties})

    @mcp.tool(**canned)
    def json_schema_2020_12_tool(name: str | None = None, address: dict[str, str] | None = None) -> CallToolResult:
        """Tool with JSON Schema 2020-12 features"""
        return _text(f"Received name={name!r}, address={address!r}")

    @mcp.tool(**canned)
    async def test_reconnection(ctx: Context) -> CallToolResult:
        """Closes its SSE stream mid-call; the answer arrives when the client reconnects (SSE polling)."""
        await anyio.sleep(0.05)
        await ctx.close_sse_stream()
        await anyio.sleep(0.3)
        return _text("Reconnection test completed successfully")

    @mcp.resource(
        "test://static-text", name="static-text", description="A static text resource", mime_type="text/plain"
    )
    def static_text() -> str:
        return "This is the content of the static text resource."

    @mcp.resource("test://static-binary", name="static-binary", description="A 1x1 PNG", mime_type="image/png")
    def static_binary() -> bytes:
        return base64.b64decode(PNG)

    @mcp.resource(
        "test://watched-resource",
        name="watched-resource",
        description="A resource to subscribe to",
        mime_type="text/plain",
    )
    def watched() -> str:
        return "This resource is watched."

    @mcp.resource(
        "test://template/{id}/data", name="template-data", description="Data for an id", mime_type="application/json"
    )
    def template_data(id: str) -> str:
        return json.dumps({"id": id, "templateTest": True, "data": f"Data for ID: {id}"})

    @mcp.prompt(description="A prompt without arguments")
    def test_simple_prompt() -> list[Message]:
        return [UserMessage("This is a simple prompt for testing.")]

    @mcp.prompt(description="A prompt with two arguments")
    def test_prompt_with_arguments(
        arg1: Annotated[str, Field(description="First test argument", max_length=10_000)],
        arg2: Annotated[str, Field(description="Second test argument", max_length=10_000)],
    ) -> list[Message]:
        return [UserMessage(f"Prompt with arguments: arg1='{arg1}', arg2='{arg2}'")]

    @mcp.prompt(description="A prompt embedding a resource")
    def test_prompt_with_embedded_resource(
        resourceUri: Annotated[str, Field(description="URI of the resource to embed", max_length=2_000)],  # noqa: N803
    ) -> list[Message]:
        resource = TextResourceContents(
            uri=resourceUri, mime_type="text/plain", text="Embedded resource content for testing."
        )
        return [
            UserMessage(EmbeddedResource(type="resource", resource=resource)),
            UserMessage("Please process the embedded resource above."),
        ]

    @mcp.prompt(description="A prompt with an image")
    def test_prompt_with_image() -> list[Message]:
        return [
            UserMessage(ImageContent(type="image", data=PNG, mime_type="image/png")),
            UserMessage("Please analyze the image above."),
        ]

    @mcp.completion()
    async def complete(ref: Any, argument: Any, context: Any) -> Completion | None:
        if isinstance(ref, PromptReference) and ref.name == "test_prompt_with_arguments":
            values = [v for v in ("paris", "park", "party") if v.startswith(argument.value.lower())]
            return Completion(values=values, total=len(values), has_more=False)
        return None

    watched_uris: set[str] = set()

    async def subscribe(request: Any, params: SubscribeRequestParams) -> EmptyResult:
        if len(watched_uris) < MAX_WATCHED:
            watched_uris.add(str(params.uri))
        return EmptyResult()

    async def unsubscribe(request: Any, params: UnsubscribeRequestParams) -> EmptyResult:
        watched_uris.discard(str(params.uri))
        return EmptyResult()

    mcp.add_request_handler("resources/subscribe", SubscribeRequestParams, subscribe)
    mcp.add_request_handler("resources/unsubscribe", UnsubscribeRequestParams, unsubscribe)
    return mcp
