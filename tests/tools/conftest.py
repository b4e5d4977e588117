"""Tool server test fixtures: anyio on asyncio, one-call helpers over the in-memory MCP client, a CPU timer."""

from __future__ import annotations

import gc
import importlib
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import pytest
from mcp import Client
from mcp_types import TextContent

from agents.models.arguments import fill_arguments


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def call(server: Any, tool: str, **arguments: Any):
    """Call one tool on ``server`` through a real MCP client session (in-memory transport)."""
    async with Client(server) as client:
        return await client.call_tool(tool, arguments)


async def call_as_asked(server: Any, tool: str, request: str) -> Any:
    """``tool``'s result for ``request`` with the arguments the offline model fills from it; ``None`` when the
    model would ask for missing material (the code, the text) instead of calling."""
    async with Client(server) as client:
        listed = next(t for t in (await client.list_tools()).tools if t.name == tool)
        filled = fill_arguments(request, listed.input_schema)
        if filled.missing:
            return None
        return await client.call_tool(tool, filled.arguments)


@cache
def tool_server(name: str) -> Any:
    """The built-in tool server ``name`` (no data directory), built once: its tools keep no state between calls,
    and building one registers every tool's schema again, which cost as much as the call it was built for."""
    return importlib.import_module(f"servers.tools.{name}").create_server()


async def solve(request: str) -> Any:
    """The calculator's ``solve`` tool on ``request``, through a real MCP client session."""
    return await call(tool_server("calculator"), "solve", request=request)


async def drafted(request: str, tool: str = "draft") -> str:
    """The writer's text for ``request`` from ``tool`` (``draft`` or ``rewrite``), which must not decline it."""
    result = await call(tool_server("writer"), tool, request=request)
    assert not result.is_error, result.content
    return result.structured_content["draft" if tool == "draft" else "rewritten"]


async def writer_outcome(request: str) -> Any:
    """The writer agent's outcome for ``request``: the offline model picks the writer's tool and fills it, as
    when the agent is asked over A2A."""
    return await offline_outcome("writer", request)


async def offline_outcome(name: str, request: str) -> Any:
    """The outcome of the built-in agent ``name`` (its own tool server in-process) for ``request``, on the offline
    model, as when the agent is asked over A2A."""
    from agents.models import LocalModel
    from agents.runtime import Agent
    from agents.spec import builtin_spec

    server = importlib.import_module(f"servers.tools.{name}").create_server()
    async with Agent(builtin_spec(name), LocalModel(), local_servers={name: server}) as agent:
        return await agent.run(request)


def picked_from(material: str, answer: str) -> bool:
    """Whether every sentence of ``answer`` stands in ``material``: a summary picked, not written."""
    sentences = [s.strip() for s in answer.replace("\n", " ").split(". ") if s.strip()]
    return bool(sentences) and all(s.rstrip(".") in material for s in sentences)


async def declined_by_writer(request: str, tool: str = "draft") -> str:
    """The writer's one-line decline of ``request`` from ``tool``, which must not answer it."""
    result = await call(tool_server("writer"), tool, request=request)
    assert result.is_error, result.structured_content
    return error_text(result)


async def review_reply(request: str) -> tuple[bool, str]:
    """The code reviewer's reply to ``request`` as the offline model asks it: whether it declined, and its text."""
    result = await call_as_asked(tool_server("code_reviewer"), "review_request", request)
    assert result is not None, "the offline model found no code in the request"
    block = result.content[0]
    assert isinstance(block, TextContent)
    return result.is_error, block.text


async def traced(request: str) -> str:
    """The code reviewer's answer to ``request``, a reported wrong result it must trace to a cause, not decline."""
    declined, text = await review_reply(request)
    assert not declined, text
    return text


async def reviewed(request: str) -> str:
    """The code reviewer's answer to ``request``, which it must not decline."""
    result = await call_as_asked(tool_server("code_reviewer"), "review_request", request)
    assert result is not None, "the offline model found no code in the request"
    assert not result.is_error, error_text(result)
    return result.structured_content["answer"]


async def researched(data_dir: Any, question: str) -> str:
    """The researcher's answer to ``question`` over the knowledge base in ``data_dir``; it must not decline."""
    from servers.tools.researcher import create_server

    result = await call(create_server(data_dir), "answer", request=question)
    assert not result.is_error, error_text(result)
    return result.structured_content["answer"]


async def solved(request: str) -> dict[str, Any]:
    """The calculator's structured answer to ``request``, which it must answer, not decline."""
    reply = await solve(request)
    assert not reply.is_error, error_text(reply)
    return reply.structured_content


async def refused(request: str) -> str:
    """The calculator's one-line decline of ``request``, which it must not answer."""
    reply = await solve(request)
    assert reply.is_error, reply.structured_content
    return error_text(reply)


async def fact_check(data_dir: Any, request: str, **documents: str) -> dict[str, Any]:
    """``fact_check`` on ``request`` (which must not fail), after adding ``documents`` (title=text) to the
    knowledge base in ``data_dir``."""
    from servers.tools.fact_checker import create_server
    from servers.tools.researcher import create_server as create_researcher

    for title, text in documents.items():
        await call(create_researcher(data_dir), "add_document", title=title, text=text)
    result = await call(create_server(data_dir), "fact_check", request=request)
    assert not result.is_error, result.content[0].text
    return result.structured_content


async def verdict(data_dir: Any, request: str, **documents: str) -> str:
    """The fact checker's verdict on ``request`` (see ``fact_check``)."""
    return (await fact_check(data_dir, request, **documents))["verdict"]


def error_text(result: Any) -> str:
    assert result.is_error, result.structured_content
    return result.content[0].text


class Spent:
    seconds = 0.0


@contextmanager
def cpu_time() -> Iterator[Spent]:
    """CPU seconds this process spends in the block: bounds the work done (a regex that backtracks, a quadratic
    scan), not how busy the machine happens to be, so a loaded machine cannot fail the test."""
    spent = Spent()
    # the objects of the tests run before are set aside from garbage collection while the block runs: a full
    # collection over them is the test process's cost, not the block's (it took a second after 7,000 tests)
    gc.collect()
    gc.freeze()
    started = time.process_time()
    try:
        yield spent
    finally:
        spent.seconds = time.process_time() - started
        gc.unfreeze()
