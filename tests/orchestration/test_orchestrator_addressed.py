"""A request that opens by naming two or more agents to ask ("Ask both the fact checker and the researcher: ...")
is a fan-out to those agents, each asked the rest of the request; one agent named, or none, is planned as before."""

from __future__ import annotations

import pytest

from agents.orchestrator import Orchestrator
from patterns import InMemoryRunStore, Request, Result
from patterns.addressed import addressed
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider

pytestmark = pytest.mark.anyio

NAMES = ["calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer"]


async def run(workers: list[Scripted], text: str) -> Result:
    async with Orchestrator(workers=workers, store=InMemoryRunStore(), decider=FixedDecider(workers[0].name)) as o:
        return await o.send(Request(text))


@pytest.mark.parametrize(
    ("text", "names", "asked"),
    [
        (
            "Ask both the fact checker and the researcher: did Neil Armstrong walk on the Moon in 1969?",
            ("fact_checker", "researcher"),
            "Did Neil Armstrong walk on the Moon in 1969?",
        ),
        (
            "Ask the calculator and the researcher this one: how many metres are there in a mile?",
            ("calculator", "researcher"),
            "How many metres are there in a mile?",
        ),
        (
            "Get the summariser and the writer to each give me a short version of this: The pool shuts at 6.",
            ("summarizer", "writer"),
            "Give me a short version of this: The pool shuts at 6.",
        ),
        (
            "Please ask the writer, the fact-checker and the summarizer: the Moon is made of cheese.",
            ("writer", "fact_checker", "summarizer"),
            "The Moon is made of cheese.",
        ),
        (
            "Have the code reviewer and the calculator both look at this: total = 12 * 4",
            ("code_reviewer", "calculator"),
            "Look at this: total = 12 * 4",
        ),
    ],
)
def test_agents_named_to_ask_and_what_they_are_asked(text: str, names: tuple[str, ...], asked: str):
    found = addressed(text, NAMES)
    assert found is not None and found.names == names and found.text == asked


@pytest.mark.parametrize(
    "text",
    [
        "Ask the researcher: who wrote Hamlet?",
        "Ask everyone: what's the best programming language to learn?",
        "Ask the calculator and the researcher how far away the Moon is",
        "Ask the researcher and then write a note to Sam",
    ],
)
def test_one_agent_named_or_nothing_asked_after_the_names_is_no_fan_out(text: str):
    assert addressed(text, NAMES) is None


async def test_the_orchestrator_fans_out_to_the_named_agents_only() -> None:
    team = [Scripted("calculator", "1609.344 m"), Scripted("researcher", "About 1,609 m"), Scripted("writer")]
    result = await run(team, "Ask the calculator and the researcher this one: how many metres are there in a mile?")
    assert result.ok and sorted(s.agent for s in result.steps) == ["calculator", "researcher"]
    assert [r.text for r in team[0].requests] == ["How many metres are there in a mile?"]
    assert team[2].calls == 0
