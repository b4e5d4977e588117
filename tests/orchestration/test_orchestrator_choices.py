"""How the orchestrator picks the evaluator's judge and the pipeline's stages (scripted workers, no sockets)."""

from __future__ import annotations

import pytest

from agents.orchestrator import Orchestrator
from patterns import InMemoryRunStore, Request, Result, Skill
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider
from tests.patterns.test_supervisor import KeywordDecider

pytestmark = pytest.mark.anyio

JUDGE = Skill("judge", "Judge a draft", "Scores a draft against its task", tags=("judge", "evaluate", "score"))


def writer(name: str = "writer") -> Scripted:
    verdict = Result(text="Good.", data={"score": 0.9, "feedback": "Good."})
    replies = lambda r: verdict if r.text.startswith("Judge this draft") else "Rise and shine with fresh rolls."  # noqa: E731
    return Scripted(name, replies, skills=[Skill("draft", "Draft text"), JUDGE])


def reviewer() -> Scripted:
    review = Skill("code-review", "Reviews code", tags=("review", "critique", "score"))
    return Scripted("code_reviewer", "Found 2 issues", skills=[review])


async def run(workers, text: str, **metadata) -> Result:
    async with Orchestrator(workers=workers, store=InMemoryRunStore(), decider=FixedDecider(workers[0].name)) as o:
        return await o.send(Request(text, metadata=metadata))


async def test_the_evaluator_judge_is_the_agent_with_a_judging_skill() -> None:
    team = [writer(), reviewer(), Scripted("calculator")]
    result = await run(team, "Write a slogan for a bakery", pattern="evaluator")
    assert result.ok and [(s.id, s.agent) for s in result.steps] == [("generate-1", "writer"), ("evaluate-1", "writer")]
    assert team[1].calls == 0 and result.data[0]["score"] == 0.9


async def test_another_judge_is_preferred_to_the_generator_judging_itself() -> None:
    team = [writer(), writer("editor")]
    result = await run(team, "Write a slogan for a bakery", pattern="evaluator")
    assert [s.agent for s in result.steps] == ["writer", "editor"]


async def test_without_a_judging_skill_the_evaluator_declines_instead_of_picking_any_agent() -> None:
    team = [reviewer(), Scripted("calculator")]
    result = await run(team, "Write a slogan for a bakery", pattern="evaluator")
    assert result.status == "rejected" and result.text.startswith("No judge is available")
    assert result.steps == [] and [w.calls for w in team] == [0, 0]


async def test_named_agents_are_judged_only_by_one_of_them_with_the_skill() -> None:
    team = [reviewer(), writer()]
    result = await run(team, "Tidy this function", pattern="evaluator", agents=["code_reviewer"])
    assert result.status == "rejected" and team[1].calls == 0


async def test_a_default_pipeline_has_one_stage_per_planned_part() -> None:
    team = [Scripted("summarizer", "short"), writer()]
    async with Orchestrator(workers=team, store=InMemoryRunStore()) as orchestrator:
        orchestrator.planner.decider = KeywordDecider({"condense": "summarizer", "tweet": "writer"})
        request = Request("Condense this, then write a tweet about it: A long text.", metadata={"pattern": "pipeline"})
        result = await orchestrator.send(request)
    assert [s.agent for s in result.steps] == ["summarizer", "writer"]
    assert [s.input for s in result.steps] == ["Condense this: A long text.", "Write a tweet about it:\n\nshort"]


async def test_the_one_agent_a_caller_names_is_asked_however_the_ranking_scores_it() -> None:
    echo, other = Scripted("echo", "echo: bonjour"), Scripted("other")
    async with Orchestrator(workers=[echo, other], store=InMemoryRunStore(), decider=FixedDecider("echo", 0.0)) as o:
        named = await o.send(Request("Translate: bonjour", metadata={"pattern": "router", "agents": ["echo"]}))
        unnamed = await o.send(Request("Translate: bonjour", metadata={"pattern": "router"}))
    assert named.ok and named.text == "echo: bonjour" and echo.calls == 1  # it answers, or declines, for itself
    assert unnamed.status == "rejected" and echo.calls == 1 and other.calls == 0  # chosen by ranking: no fit
