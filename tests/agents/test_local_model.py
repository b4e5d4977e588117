import pytest

from agents.models import LocalModel, Message, ToolSpec

pytestmark = pytest.mark.anyio

TEXT = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
QUERY = {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}
TOOLS = [
    ToolSpec("summarize", "Summarize a long text into its most important sentences.", TEXT),
    ToolSpec("search", "Search the knowledge base for documents about a topic.", QUERY),
]


async def respond(text: str, tools=TOOLS):
    return await LocalModel().respond("", [Message.user(text)], tools)


async def test_chatter_gets_an_answer_without_a_tool_call():
    turn = await respond("hello there")
    assert not turn.tool_calls and "summarize" in turn.text


async def test_a_real_request_goes_to_the_best_tool_with_its_arguments():
    turn = await respond("Find documents about circuit breakers")
    assert turn.tool_calls[0].name == "search"
    assert turn.tool_calls[0].arguments == {"query": "Find documents about circuit breakers"}


async def test_material_that_is_named_but_not_included_is_asked_for():
    turn = await respond("Summarize the attached report.")
    assert turn.needs_input and "send the text" in turn.text


async def test_material_after_a_colon_is_passed_to_the_tool():
    turn = await respond("Summarize this: One. Two. Three.")
    assert turn.tool_calls[0].arguments == {"text": "One. Two. Three."}


async def test_an_empty_request_asks_for_one():
    assert (await respond("   ")).needs_input
