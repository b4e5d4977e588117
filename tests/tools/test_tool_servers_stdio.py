"""Each tool server as a real subprocess over stdio (``accord tools NAME``), the way an MCP host runs it."""

from __future__ import annotations

import sys

import anyio
import pytest
from mcp import Client, StdioServerParameters

pytestmark = pytest.mark.anyio

CASES = [
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
        {"summarize", "key_points", "keywords"},
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
    with anyio.fail_after(60):
        async with Client(params) as client:
            listed = (await client.list_tools()).tools
            assert {t.name for t in listed} == tools
            assert all(t.description and t.output_schema for t in listed)
            result = await client.call_tool(tool, arguments)
    assert not result.is_error and result.structured_content[key]
