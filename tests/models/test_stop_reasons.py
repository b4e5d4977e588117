"""Each stop reason, handled as the SDK's own tool runner does, through the real clients against local fakes."""

import pytest

from agents.runtime import CONTINUE, Agent, ToolCalled
from agents.spec import AgentSpec, Limits, ToolServerSpec
from tests.models.conftest import claude, openai_model
from tests.support import fake_anthropic, fake_openai, toy_tools
from tests.support.fake_anthropic import text_reply, tool_reply
from tests.support.servers import running

pytestmark = pytest.mark.anyio

TOY = ToolServerSpec(name="toy", command="unused", args=())


async def run(model, text="say hi", **limits):
    calls = []

    async def seen(event):
        if isinstance(event, ToolCalled):
            calls.append(event.call)

    agent_spec = AgentSpec(name="toy", instructions="Be brief.", tool_servers=(TOY,), limits=Limits(**limits))
    async with Agent(agent_spec, model, local_servers={"toy": toy_tools.server}) as agent:
        outcome = await agent.run(text, on_event=seen)
    await model.aclose()
    return outcome, calls


@pytest.mark.parametrize("stop", ["end_turn", "stop_sequence"])
async def test_end_turn_and_stop_sequence_are_final(stop):
    app = fake_anthropic.create_app(script=[text_reply("All done.", stop)])
    async with running(app) as url:
        outcome, calls = await run(claude(url))
    assert outcome.status == "completed" and outcome.text == "All done." and not calls


async def test_tool_use_runs_the_tools_and_feeds_the_results_back():
    app = fake_anthropic.create_app(script=[tool_reply("echo", {"text": "hello"}), text_reply("It said hello.")])
    async with running(app) as url:
        outcome, calls = await run(claude(url))
    assert [c.name for c in calls] == ["echo"] and outcome.text == "It said hello."
    result = app.state.requests[1]["body"]["messages"][-1]["content"][0]
    assert result["type"] == "tool_result" and result["content"] == "hello"


async def test_a_reply_cut_off_at_max_tokens_is_continued_and_joined():
    app = fake_anthropic.create_app(script=[text_reply("The first half, ", "max_tokens"), text_reply("the second.")])
    async with running(app) as url:
        outcome, _ = await run(claude(url))
    assert outcome.status == "completed" and outcome.text == "The first half, the second."
    messages = app.state.requests[1]["body"]["messages"]
    assert messages[-2]["role"] == "assistant" and messages[-2]["content"][0]["text"] == "The first half, "
    assert messages[-1]["content"][0]["text"] == CONTINUE


async def test_a_tool_call_cut_off_at_max_tokens_is_never_run():
    app = fake_anthropic.create_app(script=[tool_reply("echo", {}, "max_tokens"), text_reply("Nothing to echo.")])
    async with running(app) as url:
        outcome, calls = await run(claude(url))
    assert calls == [] and outcome.text == "Nothing to echo."
    assert all(b.get("type") != "tool_use" for m in app.state.requests[1]["body"]["messages"] for b in m["content"])


async def test_a_reply_that_keeps_being_cut_off_fails_with_a_clear_message():
    app = fake_anthropic.create_app(script=[text_reply("and on ", "max_tokens")])
    async with running(app) as url:
        outcome, _ = await run(claude(url))
    assert outcome.status == "failed" and "cut off at the model's maximum length 3 times" in outcome.error
    assert len(app.state.requests) == 3


async def test_a_reply_cut_off_by_the_budget_is_not_continued():
    app = fake_anthropic.create_app(script=[text_reply("A long answer that ", "max_tokens")])
    async with running(app) as url:
        outcome, _ = await run(claude(url), token_budget=400)
    assert outcome.status == "failed" and "all the run's budget had left" in outcome.error
    assert len(app.state.requests) == 1 and app.state.requests[0]["body"]["max_tokens"] < 400


async def test_a_refusal_rejects_the_run_with_the_reason():
    app = fake_anthropic.create_app(script=[text_reply("I can't help with that request.", "refusal")])
    async with running(app) as url:
        outcome, _ = await run(claude(url))
    assert outcome.status == "rejected" and outcome.text == "I can't help with that request."


async def test_a_paused_turn_is_resumed_with_its_content():
    app = fake_anthropic.create_app(script=[text_reply("Searching… ", "pause_turn"), text_reply("found it.")])
    async with running(app) as url:
        outcome, _ = await run(claude(url))
    assert outcome.status == "completed" and outcome.text == "Searching… found it."
    resumed = app.state.requests[1]["body"]["messages"][-1]
    assert resumed["role"] == "assistant" and resumed["content"][0]["text"] == "Searching… "
    assert outcome.usage.output_tokens == 14  # both halves of the turn are counted


async def test_openai_compatible_stop_reasons_map_to_the_same_outcomes():
    script = [
        {"content": "Cut ", "finish_reason": "length", "tool_calls": [{"name": "echo", "arguments": {}}]},
        {"content": "short.", "finish_reason": "stop"},
    ]
    app = fake_openai.create_app(script=script)
    async with running(app) as url:
        outcome, calls = await run(openai_model(url))
    assert calls == [] and outcome.text == "Cut short."
    app = fake_openai.create_app(script=[{"content": "", "finish_reason": "content_filter"}])
    async with running(app) as url:
        outcome, _ = await run(openai_model(url))
    assert outcome.status == "rejected" and "declined" in outcome.text
