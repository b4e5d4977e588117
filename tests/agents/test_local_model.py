import pytest

from agents.models import LocalModel, Message, ToolCall, ToolResult, ToolSpec

pytestmark = pytest.mark.anyio

TEXT = {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}
QUERY = {"type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}
TOOLS = [
    ToolSpec("summarize", "Summarize a long text into its most important sentences.", TEXT),
    ToolSpec("search", "Search the knowledge base for documents about a topic.", QUERY),
]


async def respond(text: str, tools=TOOLS):
    return await LocalModel().respond("", [Message.user(text)], tools)


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


WHOLE = {"type": "object", "properties": {"request": {"type": "string"}}, "required": ["request"]}
NUMBERS = {
    "type": "object",
    "properties": {"percent": {"type": "number"}, "value": {"type": "number"}},
    "required": ["percent", "value"],
}
CALCULATOR = [
    ToolSpec("percent_of", "Compute a percentage of a value.", NUMBERS),
    ToolSpec("solve", "Work out an arithmetic question written in words or symbols.", WHOLE),
]


async def test_a_tool_that_takes_the_whole_request_gets_it_verbatim_and_before_the_others():
    turn = await respond("What is 2+2?", CALCULATOR)
    assert [(c.name, c.arguments) for c in turn.tool_calls] == [("solve", {"request": "What is 2+2?"})]


async def test_a_request_no_tool_fits_is_rejected_with_what_the_agent_can_do():
    turn = await respond("hello there")
    assert turn.rejected and not turn.tool_calls
    assert "summarize" in turn.text and "ANTHROPIC_API_KEY" in turn.text


def _after(tool: str, text: str, *, fault: bool = False) -> list[Message]:
    call = ToolCall("c1", tool, {"request": "x"})
    result = ToolResult("c1", tool, text, is_error=True, fault=fault)
    return [Message.user("x"), Message("assistant", tool_calls=(call,)), Message("tool", tool_results=(result,))]


async def test_a_tool_that_refuses_its_input_makes_the_request_rejected_in_its_own_words():
    messages = _after("solve", "Error executing tool solve: I can't work out 'integrate' offline")
    turn = await LocalModel().respond("", messages, CALCULATOR)
    assert turn.rejected and turn.error is None
    assert turn.text.startswith("I can't work out 'integrate' offline.") and "Error executing" not in turn.text


async def test_a_decline_that_already_says_how_to_get_more_is_not_told_twice():
    said = "I can't translate offline; a model can: set ANTHROPIC_API_KEY or point the agent at a local model"
    turn = await LocalModel().respond("", _after("solve", f"Error executing tool solve: {said}"), CALCULATOR)
    assert turn.rejected and turn.text.count("ANTHROPIC_API_KEY") == 1
    plain = await LocalModel().respond("", _after("solve", "Error executing tool solve: I can't do that"), CALCULATOR)
    assert plain.rejected and plain.text.count("ANTHROPIC_API_KEY") == 1  # the hint, once, where the tool gave none


async def test_a_tool_that_crashed_fails_the_request_instead_of_declining_it():
    turn = await LocalModel().respond("", _after("solve", "Error executing tool solve", fault=True), CALCULATOR)
    assert not turn.rejected and turn.error == "solve: Error executing tool solve"


WRITER = [
    ToolSpec("draft", "Write an email, post or note from the facts given.", WHOLE),
    ToolSpec("judge", "Score a draft against its task.", WHOLE),
]


async def test_when_a_whole_request_tool_declines_the_next_one_is_tried_and_its_answer_kept():
    declined = _after("judge", "Error executing tool judge: that asks for a new text")
    retry = await LocalModel().respond("", declined, WRITER)
    assert [c.name for c in retry.tool_calls] == ["draft"]
    drafted = ToolResult("c2", "draft", "", data={"draft": "Hello team,\n\nThe review moves.", "words": 5})
    final = await LocalModel().respond("", [*declined, Message("tool", tool_results=(drafted,))], WRITER)
    assert final.text == "Hello team,\n\nThe review moves." and not final.rejected


async def test_when_every_whole_request_tool_declines_the_first_reason_is_given():
    first = _after("judge", "Error executing tool judge: not a judgement")
    second = ToolResult("c2", "draft", "Error executing tool draft: a topic is not content", is_error=True)
    turn = await LocalModel().respond("", [*first, Message("tool", tool_results=(second,))], WRITER)
    assert turn.rejected and turn.text.startswith("not a judgement.")
