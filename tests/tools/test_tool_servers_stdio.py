"""Each tool server as a real subprocess over stdio (``accord tools NAME``), the way an MCP host runs it."""

from __future__ import annotations

import sys

import anyio
import pytest
from mcp import Client, StdioServerParameters
from mcp.shared.exceptions import MCPDeprecationWarning

from servers.tools.protocol import accord_version

pytestmark = pytest.mark.anyio

CASES = [
    (
        "calculator",
        {"solve", "calculate", "percent_of", "statistics", "convert_units"},
        "calculate",
        {"expression": "6*7"},
        "result",
    ),
    ("researcher", {"answer", "search", "read", "add_document"}, "search", {"query": "SQLite FTS5 bm25"}, "hits"),
    (
        "writer",
        {"draft", "rewrite", "revise", "judge", "outline", "word_count"},
        "word_count",
        {"request": "Count the words: one two three"},
        "words",
    ),
    (
        "summarizer",
        {"summarize", "key_points", "keywords", "digest"},
        "keywords",
        {"text": "Rust is fast. Rust."},
        "keywords",
    ),
    (
        "fact_checker",
        {"fact_check", "extract_claims", "check_claim"},
        "check_claim",
        {"claim": "Titanic sank in 1912"},
        "verdict",
    ),
    (
        "code_reviewer",
        {"review_request", "review", "check_syntax", "lint", "complexity"},
        "lint",
        {"code": "import os"},
        "findings",
    ),
]


@pytest.mark.parametrize(("name", "tools", "tool", "arguments", "key"), CASES, ids=[c[0] for c in CASES])
async def test_tool_server_over_stdio(tmp_path, name, tools, tool, arguments, key):
    params = StdioServerParameters(
        command=sys.executable, args=["-m", "servers.cli", "tools", name, "--data-dir", str(tmp_path)]
    )
    logs = []

    async def on_log(params) -> None:
        logs.append(params)

    with anyio.fail_after(60):
        async with Client(params, mode="legacy", logging_callback=on_log) as client:
            assert client.server_info.version == accord_version() != ""
            listed = (await client.list_tools()).tools
            assert {t.name for t in listed} == tools
            assert all(t.description and t.output_schema for t in listed)
            with pytest.warns(MCPDeprecationWarning):  # the SDK marks logging deprecated after 2025-11-25
                await client.set_logging_level("info")
            result = await client.call_tool(tool, arguments)
    assert not result.is_error and result.structured_content[key]
    for listed_tool in listed:
        assert listed_tool.annotations is not None and listed_tool.annotations.idempotent_hint is not None
        assert "\n    " not in listed_tool.description  # the docstring's indentation is gone
        assert listed_tool.output_schema["additionalProperties"] is False
    assert any(log.level == "info" and tool in str(log.data) for log in logs), logs
    assert not any(log.level == "debug" for log in logs)  # below the level the client set
