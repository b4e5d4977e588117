"""An in-process tool call answers exactly what the same call over MCP answers: the text, the structured result,
the error flag, a crash without its details, and a refusal of bad arguments in one readable line."""

import sys

import anyio
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from agents.models import ToolCall
from agents.spec import ToolServerSpec
from agents.toolbox import Toolbox, call_in_process
from servers.tools.calculator import create_server
from tests.support import toy_tools

pytestmark = pytest.mark.anyio

REQUESTS = [
    "What is 17% of 2,340?",
    "what's 15 percent of eighty",
    "Split a $84.50 bill between 3 people with a 20% tip",
    "Convert 72 degrees Fahrenheit to Celsius",
    "How much is 2 to the power of 10?",
    "What is 9**9**9?",  # refused: too many digits
    "Tell me a joke",  # declined: nothing to calculate
]


def seen(result) -> tuple[str, object, bool]:
    """What a client reads from a tool result."""
    text = "\n".join(getattr(block, "text", "") for block in result.content)
    return text, result.structured_content, bool(result.is_error)


@pytest.mark.parametrize("request_text", REQUESTS)
async def test_the_calculator_answers_in_process_what_it_answers_over_mcp(request_text):
    server = create_server()
    async with Client(server) as client:
        await client.list_tools()
        over_mcp = await client.call_tool("solve", {"request": request_text})
    in_process = await call_in_process(server, "solve", {"request": request_text})
    assert seen(in_process) == seen(over_mcp)


@pytest.mark.parametrize(
    ("tool", "arguments"),
    [
        ("percent_of", {"percent": 17, "value": 2340}),
        ("percent_of", {"percent": "seventeen", "value": 2340}),  # a bad argument, named in one line
        ("statistics", {"numbers": []}),
        ("solve", {}),  # the request is missing
        ("no_such_tool", {"x": 1}),
    ],
)
async def test_arguments_and_refusals_read_the_same_either_way(tool, arguments):
    server = create_server()
    async with Client(server) as client:
        await client.list_tools()
        over_mcp = await client.call_tool(tool, arguments)
    in_process = await call_in_process(server, tool, arguments)
    assert seen(in_process) == seen(over_mcp)


async def test_a_crash_reads_the_same_either_way_and_keeps_its_details_inside():
    async with Client(toy_tools.server) as client:
        over_mcp = await client.call_tool("boom", {"text": "x"})
    in_process = await call_in_process(toy_tools.server, "boom", {"text": "x"})
    assert seen(in_process) == seen(over_mcp) == ("Error executing tool boom", None, True)


async def test_a_slow_in_process_tool_times_out_as_a_request_would():
    with anyio.fail_after(5), pytest.raises(MCPError, match="Timed out after 0.2s"):
        await call_in_process(toy_tools.server, "slow", {"seconds": 30}, timeout_s=0.2)


async def test_the_toolbox_calls_its_in_process_server_and_reports_like_a_client():
    spec = ToolServerSpec(name="toy", command=sys.executable, args=("-m", "tests.support.toy_tools"))
    async with Toolbox([spec], local_servers={"toy": toy_tools.server}, call_timeout_s=0.2) as toolbox:
        echoed = await toolbox.call(ToolCall("1", "echo", {"text": "hi"}))
        crashed = await toolbox.call(ToolCall("2", "boom", {"text": "x"}))
        slow = await toolbox.call(ToolCall("3", "slow", {"seconds": 30}))
    assert (echoed.text, echoed.is_error, echoed.fault) == ("hi", False, False)
    assert crashed.is_error and crashed.fault and "secret" not in crashed.text
    assert slow.is_error and slow.fault and "Timed out" in slow.text
