import sys

import anyio
import pytest

from agents.models import LocalModel, ScriptedModel, ToolCall, Turn, Usage
from agents.runtime import Agent, ToolCalled, ToolReturned
from agents.spec import AgentSpec, Limits, ToolServerSpec, builtin_spec
from servers.tools.calculator import create_server
from tests.support import toy_tools
from tests.support.servers import child_pids

pytestmark = pytest.mark.anyio

TOY = ToolServerSpec(name="toy", command=sys.executable, args=("-m", "tests.support.toy_tools"))


def toy_agent(model, **limits) -> Agent:
    spec = AgentSpec(name="toy", tool_servers=(TOY,), limits=Limits(**limits))
    return Agent(spec, model, local_servers={"toy": toy_tools.server})


def call(name: str, **arguments) -> Turn:
    return Turn(tool_calls=(ToolCall(f"c-{name}", name, arguments),), usage=Usage(10, 5))


async def test_the_tool_loop_runs_calls_and_feeds_results_back():
    model = ScriptedModel([call("echo", text="hi"), call("echo", text="again"), Turn("all done", usage=Usage(3, 2))])
    events = []

    async def collect(event):
        events.append(event)

    async with toy_agent(model) as agent:
        outcome = await agent.run("say hi", on_event=collect)
    assert outcome.status == "completed" and outcome.text == "all done"
    assert outcome.usage == Usage(23, 12)
    assert [type(e) for e in events if isinstance(e, ToolCalled | ToolReturned)] == [ToolCalled, ToolReturned] * 2
    second_call_messages = model.calls[1][0]
    assert second_call_messages[-1].tool_results[0].text == "hi"


async def test_max_turns_ends_a_run_that_never_answers():
    model = ScriptedModel(lambda messages, tools: call("echo", text="again"))
    async with toy_agent(model, max_turns=3) as agent:
        outcome = await agent.run("loop forever")
    assert outcome.status == "failed" and "after 3 turns" in outcome.error
    assert len(model.calls) == 3


async def test_the_token_budget_stops_a_run():
    model = ScriptedModel(lambda messages, tools: call("echo", text="x"))
    async with toy_agent(model, token_budget=20) as agent:
        outcome = await agent.run("spend")
    assert outcome.status == "failed" and "over its budget of 20" in outcome.error


async def test_the_timeout_stops_a_slow_tool():
    model = ScriptedModel([call("slow", seconds=30)])
    async with toy_agent(model, timeout_s=0.5) as agent:
        with anyio.fail_after(5):
            outcome = await agent.run("wait")
    assert outcome.status == "failed" and "within 0.5 s" in outcome.error


async def test_a_crashing_tool_reaches_the_model_as_an_error_without_its_internals():
    model = ScriptedModel([call("boom", text="x"), Turn("sorry")])
    async with toy_agent(model) as agent:
        await agent.run("crash")
    result = model.calls[1][0][-1].tool_results[0]
    assert result.is_error and "secret internal detail" not in result.text


async def test_a_tool_refusing_its_input_rejects_the_run_with_a_readable_message_offline():
    async with Agent(builtin_spec("calculator"), LocalModel(), local_servers={"calculator": create_server()}) as agent:
        outcome = await agent.run("What is 9**9**9?")
    assert outcome.status == "rejected"
    assert "digits" in outcome.error and "Traceback" not in outcome.error


async def test_offline_calculator_answers_through_its_tools():
    async with Agent(builtin_spec("calculator"), LocalModel(), local_servers={"calculator": create_server()}) as agent:
        percent = await agent.run("What is 17% of 2,340?")
        celsius = await agent.run("Convert 72 degrees Fahrenheit to Celsius")
    assert percent.text.splitlines()[0] == "397.8" and percent.data[0]["result"] == 397.8
    assert celsius.text.startswith("22.22") and celsius.data[0]["unit"] == "°C"


async def test_stdio_tool_servers_are_closed_on_finish_error_and_cancel():
    before = child_pids()
    spec = builtin_spec("calculator")  # `accord tools calculator` as a real stdio subprocess
    async with Agent(spec, LocalModel()) as agent:
        assert child_pids() - before, "the tool server subprocess should be running"
        assert (await agent.run("What is 2 + 2?")).text.startswith("4")
    assert child_pids() == before

    with pytest.raises(RuntimeError):
        async with Agent(spec, LocalModel()):
            raise RuntimeError("the host failed")
    assert child_pids() == before

    with anyio.move_on_after(0.3):
        async with Agent(spec, LocalModel()) as agent:
            await anyio.sleep(30)
    assert child_pids() == before


async def test_cancelling_a_run_cancels_its_tool_call():
    toy_tools.slow_calls = calls = toy_tools.SlowCalls()  # fresh: an earlier test may have called the slow tool
    model = ScriptedModel([call("slow", seconds=30)])
    async with toy_agent(model) as agent:
        with anyio.fail_after(5):
            async with anyio.create_task_group() as tg:
                tg.start_soon(agent.run, "wait")
                await calls.started.wait()
                tg.cancel_scope.cancel()
            await calls.cancelled.wait()  # while the agent is still open: the cancel reached the tool


async def test_each_model_call_gets_the_time_and_the_tokens_the_run_has_left():
    model = ScriptedModel([call("echo", text="hi"), Turn("done", usage=Usage(3, 2))])
    async with toy_agent(model, token_budget=1000, timeout_s=30) as agent:
        outcome = await agent.run("say hi")
    first, second = model.options
    assert outcome.status == "completed" and first is not None and second is not None
    assert first.max_tokens < 1000 and second.max_tokens <= first.max_tokens - 15  # the first call used 15
    assert 0 < second.timeout_s <= first.timeout_s <= 30


async def test_a_call_the_budget_cannot_cover_is_not_made():
    model = ScriptedModel([call("echo", text="hi")])
    async with toy_agent(model, token_budget=10) as agent:
        outcome = await agent.run("say hi")
    assert outcome.status == "failed" and "would go over its budget of 10 tokens" in outcome.error
    assert model.calls == []
