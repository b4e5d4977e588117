import pytest

from agents.errors import ConfigurationError, ModelError
from agents.models import LocalModel, select_model
from agents.models.claude import ClaudeModel
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
    assert outcome.usage.input_tokens == 11 + 33 and outcome.usage.output_tokens == 14
    assert bool(deltas) == stream
    first, second = (r["body"] for r in app.state.requests)
    assert first["tools"][0]["input_schema"]["type"] == "object" and "system" in first
    assert second["messages"][-1]["content"][0]["type"] == "tool_result"
    assert app.state.requests[0]["headers"]["authorization"] == "Bearer sk-test"


async def test_an_api_error_becomes_a_model_error_with_a_clean_message():
    async with running(fake_anthropic.create_app(status=529)) as url:
        model = ClaudeModel(api_key="sk-test", base_url=url, max_retries=0)
        with pytest.raises(ModelError, match="HTTP 529"):
            await model.respond("", [], [])
        await model.aclose()


def test_model_selection_prefers_claude_only_with_a_key():
    assert isinstance(select_model("auto", Settings()), LocalModel)
    assert isinstance(select_model("auto", Settings(anthropic_api_key="k")), ClaudeModel)
    assert isinstance(select_model("claude-auto", Settings(anthropic_api_key="k", model="local")), LocalModel)
    with pytest.raises(ConfigurationError, match="needs ANTHROPIC_API_KEY"):
        select_model("claude-haiku-4-5", Settings())
    with pytest.raises(ConfigurationError, match="unknown model"):
        select_model("gpt-9", Settings())
