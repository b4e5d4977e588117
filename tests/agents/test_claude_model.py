import pytest

from agents.errors import ConfigurationError
from agents.models import LocalModel, Message, ToolSpec, select_model
from agents.models.claude import ClaudeModel
from agents.models.openai_compatible import OpenAICompatibleModel
from agents.runtime import Agent, TextDelta
from agents.settings import Settings
from agents.spec import builtin_spec
from servers.tools.calculator import create_server
from tests.support import fake_anthropic
from tests.support.servers import running

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("stream", [False, True])
async def test_claude_runs_a_two_turn_tool_loop_through_the_real_sdk(stream):
    app = fake_anthropic.create_app(arguments={"percent": 17, "value": 2340})
    async with running(app) as url:
        model = ClaudeModel("claude-haiku-4-5", api_key="sk-test", base_url=url, max_retries=0)
        deltas = []

        async def collect(event):
            if isinstance(event, TextDelta):
                deltas.append(event.text)

        async with Agent(builtin_spec("calculator"), model, local_servers={"calculator": create_server()}) as agent:
            outcome = await agent.run("percent_of: what is 17% of 2,340?", on_event=collect, stream_text=stream)
        await model.aclose()
    assert outcome.status == "completed"
    assert outcome.text.strip().startswith("Final answer:") and "397.8" in outcome.text
    replies = app.state.usages
    assert outcome.usage.output_tokens == 14
    assert outcome.usage.total_tokens == sum(sum(u.values()) for u in replies)
    assert outcome.cost_usd is not None and outcome.cost_usd > 0
    assert bool(deltas) == stream
    first, second = (r["body"] for r in app.state.requests)
    assert first["tools"][0]["input_schema"]["type"] == "object" and "system" in first
    assert second["messages"][-1]["content"][0]["type"] == "tool_result"
    assert app.state.requests[0]["headers"]["authorization"] == "Bearer sk-test"
    assert not any(r["body"].get("stream") for r in app.state.requests) or stream


async def test_the_second_turn_marks_the_stable_prefix_and_reads_it_from_the_cache():
    app = fake_anthropic.create_app(arguments={"percent": 17, "value": 2340})
    async with running(app) as url:
        model = ClaudeModel("claude-haiku-4-5", api_key="sk-test", base_url=url, max_retries=0)
        async with Agent(builtin_spec("calculator"), model, local_servers={"calculator": create_server()}) as agent:
            await agent.run("percent_of: what is 17% of 2,340?")
        await model.aclose()
    first, second = (r["body"] for r in app.state.requests)
    for body in (first, second):
        assert body["system"][-1]["cache_control"] == {"type": "ephemeral"}
        assert body["tools"][-1]["cache_control"] == {"type": "ephemeral"}
        assert body["messages"][-1]["content"][-1]["cache_control"] == {"type": "ephemeral"}
    # the first turn writes the prefix; the second reads all of it back and writes only what is new
    assert app.state.usages[0]["cache_read_input_tokens"] == 0 and app.state.usages[0]["cache_creation_input_tokens"]
    assert app.state.usages[1]["cache_read_input_tokens"] >= app.state.usages[0]["cache_creation_input_tokens"]


async def test_without_caching_nothing_is_marked():
    app = fake_anthropic.create_app()
    async with running(app) as url:
        model = ClaudeModel(api_key="sk-test", base_url=url, max_retries=0, cache=False)
        await model.respond("Be brief.", [Message.user("hi")], [ToolSpec("echo", "Echo", {})])
        await model.aclose()
    assert "cache_control" not in str(app.state.requests[0]["body"])


def test_model_selection_honours_accord_model_the_spec_and_the_key():
    assert isinstance(select_model("auto", Settings()), LocalModel)
    assert isinstance(select_model("auto", Settings(anthropic_api_key="k")), ClaudeModel)
    assert isinstance(select_model("claude-auto", Settings(anthropic_api_key="k", model="local")), LocalModel)
    assert select_model("claude-haiku-4-5", Settings(anthropic_api_key="k")).name == "claude-haiku-4-5"
    chosen = select_model("local", Settings(model="openai-compatible:qwen2.5:7b", openai_base_url="http://h:1/v1"))
    assert (
        isinstance(chosen, OpenAICompatibleModel)
        and chosen.model == "qwen2.5:7b"
        and chosen.base_url == "http://h:1/v1"
    )
    with pytest.raises(ConfigurationError, match="needs ANTHROPIC_API_KEY"):
        select_model("claude-haiku-4-5", Settings())
    with pytest.raises(ConfigurationError, match="unknown model"):
        select_model("gpt-9", Settings())
    with pytest.raises(ConfigurationError, match="name the model"):
        select_model("openai-compatible:", Settings())
