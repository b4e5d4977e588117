"""Claude routes and plans through a forced tool call (``agents.planning`` over ``ClaudeModel``); the real SDK
talks to a local fake Messages API."""

import anthropic
import pytest

from agents.models.claude import ClaudeModel
from agents.models.embeddings import default_ranker
from agents.planning import ModelDecider, ModelPlanner
from patterns import ClausePlanner, FunctionWorker, RankingDecider, Request, Skill
from tests.support import fake_anthropic
from tests.support.servers import running

pytestmark = pytest.mark.anyio


def offline_decider() -> RankingDecider:
    """The offline decider the orchestrator falls back to: ranking with the sentence encoder."""
    return RankingDecider(default_ranker(RankingDecider.LEXICAL_WEIGHT))


async def _echo(request: Request):
    raise AssertionError("not called")


WORKERS = [
    FunctionWorker("calculator", _echo, description="Does math", skills=[Skill("math", "Arithmetic")]),
    FunctionWorker("writer", _echo, description="Writes prose", skills=[Skill("draft", "Drafting")]),
]


async def claude_at(url: str) -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(api_key="sk-test", base_url=url, max_retries=0)


async def test_claude_picks_the_agent_with_structured_output():
    app = fake_anthropic.create_app(arguments={"agent": "writer", "confidence": 0.9, "reason": "prose"})
    async with running(app) as url:
        client = await claude_at(url)
        choices = await ModelDecider(ClaudeModel("claude-x", client=client), offline_decider()).rank(
            Request("Draft a toast"), WORKERS
        )
        await client.close()
    assert choices[0].worker == "writer" and choices[0].confidence == 0.9
    body = app.state.requests[0]["body"]
    assert body["tool_choice"] == {"type": "tool", "name": "choose_agent"}
    assert body["tools"][0]["input_schema"]["properties"]["agent"]["enum"] == ["calculator", "writer", "none"]


async def test_claude_plans_sub_tasks_with_dependencies():
    plan = {
        "tasks": [
            {"id": "1", "text": "Compute 2+2", "worker": "calculator"},
            {"id": "2", "text": "Write it up", "worker": "writer", "depends_on": ["1"]},
        ]
    }
    async with running(fake_anthropic.create_app(arguments=plan)) as url:
        client = await claude_at(url)
        made = await ModelPlanner(ClaudeModel("claude-x", client=client), ClausePlanner(offline_decider())).plan(
            Request("Compute 2+2 and then write it up"), WORKERS
        )
        await client.close()
    assert [(t.worker, t.depends_on) for t in made.tasks] == [("calculator", ()), ("writer", ("1",))]


async def test_an_invalid_or_failed_answer_falls_back_to_the_offline_planner():
    bad = {"tasks": [{"id": "1", "text": "x", "worker": "astrologer"}]}
    async with running(fake_anthropic.create_app(arguments=bad)) as url:
        client = await claude_at(url)
        planner = ModelPlanner(ClaudeModel("claude-x", client=client), ClausePlanner(offline_decider()))
        made = await planner.plan(Request("Compute 2+2. Then write a short poem about it."), WORKERS)
        await client.close()
    assert {t.worker for t in made.tasks} <= {"calculator", "writer"} and made.tasks
    async with running(fake_anthropic.create_app(status=529)) as url:
        client = await claude_at(url)
        choices = await ModelDecider(ClaudeModel("claude-x", client=client), offline_decider()).rank(
            Request("What is 2+2?"), WORKERS
        )
        await client.close()
    assert choices[0].worker == "calculator"


async def test_the_plan_tool_asks_for_dependencies_and_says_when_to_use_them():
    plan = {"tasks": [{"id": "1", "text": "What is 3% of 900?", "worker": "calculator", "depends_on": []}]}
    app = fake_anthropic.create_app(arguments=plan)
    async with running(app) as url:
        client = await claude_at(url)
        made = await ModelPlanner(ClaudeModel("claude-x", client=client), ClausePlanner(offline_decider())).plan(
            Request("What is 3% of 900?"), WORKERS
        )
        await client.close()
    assert [(t.text, t.depends_on) for t in made.tasks] == [("What is 3% of 900?", ())]
    task_schema = app.state.requests[0]["body"]["tools"][0]["input_schema"]["properties"]["tasks"]["items"]
    assert "depends_on" in task_schema["required"]
    described = task_schema["properties"]["depends_on"]["description"]
    assert "then" in described and "use the result" in described and "independent" in described


async def test_a_plan_whose_dependencies_are_not_a_list_of_earlier_tasks_is_replaced_offline():
    for depends_on in ("1", ["2"]):  # a bare string; a task that is not earlier
        plan = {
            "tasks": [
                {"id": "1", "text": "Compute 2+2", "worker": "calculator", "depends_on": []},
                {"id": "2", "text": "Write a toast", "worker": "writer", "depends_on": depends_on},
            ]
        }
        async with running(fake_anthropic.create_app(arguments=plan)) as url:
            client = await claude_at(url)
            offline = ClausePlanner(offline_decider())
            made = await ModelPlanner(ClaudeModel("claude-x", client=client), offline).plan(
                Request("Compute 2+2; write a toast"), WORKERS
            )
            await client.close()
        assert [t.depends_on for t in made.tasks] == [(), ()]  # the offline plan: two independent parts


async def test_a_hung_api_holds_routing_only_as_long_as_the_runs_deadline():
    import time

    from agents.models.claude import ClaudeModel
    from agents.planning import ModelDecider
    from patterns import Budget, Router

    app = fake_anthropic.create_app(script=[{"hang": True}])
    async with running(app) as url:
        model = ClaudeModel("claude-haiku-4-5", api_key="sk-test", base_url=url, max_retries=0)
        router = Router(WORKERS, decider=ModelDecider(model, offline_decider()), budget=Budget(deadline=1.0))
        started = time.monotonic()
        result = await router.send(Request("What is 2+2?"))
        took = time.monotonic() - started
        app.state.release.set()
        await model.aclose()
    assert len(app.state.requests) == 1 and took < 5
    assert result.status == "failed" and "deadline" in result.error
