"""Round 39: a fan-out whose first sentence only names the agents ("Both the calculator and the writer for this
one.") and whose last hands each its own job, in turn ("One of you ..., the other ...") or by name ("Calculator,
...; writer, ..."), or as things wanted joined by "plus"; near-misses that go to each agent whole."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.addressed import addressed
from patterns.asks import OwnAsks
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NAMES = ["calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer"]
FACTS = "The choir is ordering 30 music folders at £4 each."


async def shared(decider: RankingDecider, text: str, names: tuple[str, ...] = ("calculator", "writer")) -> list[str]:
    team = [w for w in specialists() if w.name in names]
    return [r.text for r in await OwnAsks(team, decider)(Request(text), len(team))]


@pytest.mark.parametrize(
    ("opening", "names"),
    [
        ("Hand this to both the calculator and the writer.", ("calculator", "writer")),
        ("Can the summariser and the fact-checker both take this one?", ("summarizer", "fact_checker")),
        ("Both the writer and the calculator on this please.", ("writer", "calculator")),
        ("I want the researcher and the fact checker to have a go at this.", ("researcher", "fact_checker")),
    ],
)
def test_a_first_sentence_that_only_names_the_agents_addresses_them(opening: str, names: tuple[str, ...]) -> None:
    to = addressed(f"{opening} {FACTS} Work out the total.", NAMES)
    assert to is not None and to.names == names and to.text == f"{FACTS} Work out the total."


@pytest.mark.parametrize(
    "text",
    [
        f"The calculator and the writer were both slow yesterday. {FACTS}",  # about the agents, not to them
        f"Could the calculator and the writer check the 30 folders? {FACTS}",  # an ask of its own, with a figure
        f"Only the calculator for this one. {FACTS}",  # one agent named
    ],
)
def test_a_sentence_that_says_more_than_the_names_addresses_nobody(text: str) -> None:
    assert addressed(text, NAMES) is None


async def test_one_of_you_and_the_other_each_get_one_job(decider: RankingDecider) -> None:
    text = (
        f"Fan this out to the calculator and the writer. {FACTS} One of you work out the total, the other write a "
        "note to the choir saying the folders are ordered."
    )
    assert await shared(decider, text) == [
        f"{FACTS} Work out the total.",
        f"Write a note to the choir saying the folders are ordered:\n\n{FACTS}",
    ]


async def test_jobs_opened_by_each_name_go_to_that_agent(decider: RankingDecider) -> None:
    text = (
        "Could the calculator and the writer both have a go at this? Our van did 420 miles on 35 gallons. "
        "Writer, draft a note to the fleet manager about the trip; calculator, work out the miles per gallon."
    )
    assert await shared(decider, text) == [
        "Our van did 420 miles on 35 gallons. Work out the miles per gallon.",
        "Draft a note to the fleet manager about the trip:\n\nOur van did 420 miles on 35 gallons.",
    ]


async def test_things_wanted_joined_by_plus_are_each_asked(decider: RankingDecider) -> None:
    text = (
        "Both the calculator and the writer for this, please. We sold 45 raffle tickets at £2 each. "
        "I need the total, plus a short thank-you note to the volunteers."
    )
    assert await shared(decider, text) == [
        "We sold 45 raffle tickets at £2 each. I need the total.",
        "I need a short thank-you note to the volunteers:\n\nWe sold 45 raffle tickets at £2 each.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"{FACTS} One of you work out the total.",  # no job for the other
        f"{FACTS} Calculator, work out the total.",  # one agent's job only
        f"{FACTS} Calculator, work out the total; calculator, add 20% VAT.",  # the same agent twice
        f"{FACTS} One of you work out the total, the other check the £4 price and write to the choir.",  # 3 workers
    ],
)
async def test_jobs_that_do_not_give_each_agent_one_go_whole(decider: RankingDecider, text: str) -> None:
    names = ("calculator", "writer", "fact_checker") if "£4 price" in text else ("calculator", "writer")
    assert await shared(decider, text, names) == [text] * len(names)


NOTES = "The hall was built in 1921. It seats 150 people. The roof was replaced in 2019."


@pytest.mark.parametrize(
    ("wanted", "asks"),
    [
        ("I want a summary and the claims checked", ["I want a summary", "I want the claims checked"]),
        (
            "I'd like a short summary, and the dates verified",
            ["I'd like a short summary", "I'd like the dates verified"],
        ),
    ],
)
async def test_the_texts_own_thing_wanted_done_to_it_is_asked_of_its_agent(
    decider: RankingDecider, wanted: str, asks: list[str]
) -> None:
    got = await shared(decider, f"{wanted}: {NOTES}", ("summarizer", "fact_checker"))
    assert got == [f"{ask}:\n\n{NOTES}" for ask in asks]


async def test_a_second_thing_named_with_nothing_done_to_it_is_no_ask(decider: RankingDecider) -> None:
    text = f"I want a summary of the notes and the agenda: {NOTES}"
    assert await shared(decider, text, ("summarizer", "fact_checker")) == [text, text]
