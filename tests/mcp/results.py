"""Reading what the real ``mcp`` client returns: each helper asserts the shape it reads, so a test that gets
something else fails on that line rather than on a ``None`` further down."""

from __future__ import annotations

from typing import Any

from mcp_types import (
    BlobResourceContents,
    CallToolResult,
    GetPromptResult,
    ReadResourceResult,
    TextContent,
    TextResourceContents,
)


def structured(result: CallToolResult) -> dict[str, Any]:
    """The tool's structured result (its output schema's object)."""
    assert result.structured_content is not None, result.content
    return result.structured_content


def text(result: CallToolResult | GetPromptResult) -> str:
    """The text of the first content block of a tool result, or of a prompt's first message."""
    block = result.content[0] if isinstance(result, CallToolResult) else result.messages[0].content
    assert isinstance(block, TextContent), block
    return block.text


def resource_text(result: ReadResourceResult) -> str:
    contents = result.contents[0]
    assert isinstance(contents, TextResourceContents), contents
    return contents.text


def resource_blob(result: ReadResourceResult) -> str:
    """The base64 of the first contents, which must be binary."""
    contents = result.contents[0]
    assert isinstance(contents, BlobResourceContents), contents
    return contents.blob
