"""An announcement of the parts is no part, whoever it is said to ("Two things mate.", "Couple of jobs for you
guys", "Three questions, folks"), with a courtesy ("Two things if you would.") or whom the parts are from or what
they are for ("Two things from the parish office.", "Three questions about my pension"), and whether a stop, a
colon or a dash ends it ("Two things please: work out ... . And write ..."): the first part is sent without it,
and the part after it is a part of its own, not more of a statement the announcement seemed to make. Near-misses
stay as they were: a sentence that says something about two things, or names the one asked without announcing
any parts."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.lists import announces_list, past_counted_lead
from tests.patterns.routed import tasks

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Two things please: work out what 12% of £2,400 is. And write a note to Priya saying the van is fixed.",
            ("calculator", "Work out what 12% of £2,400 is", ()),
            ("writer", "Write a note to Priya saying the van is fixed", ()),
        ),
        (
            "Two quick things guys – what's 7.5% of 18,400? And write a text to Aroha saying the script is ready.",
            ("calculator", "What's 7.5% of 18,400?", ()),
            ("writer", "Write a text to Aroha saying the script is ready", ()),
        ),
        (
            "Two things boss. What's 20% of 350? And write a short email to Tane saying the order has shipped.",
            ("calculator", "What's 20% of 350?", ()),
            ("writer", "Write a short email to Tane saying the order has shipped", ()),
        ),
        (
            "Got two things for you team. Convert 12 miles to km. And who painted the Mona Lisa?",
            ("calculator", "Convert 12 miles to km", ()),
            ("researcher", "Who painted the Mona Lisa?", ()),
        ),
        (
            "Two things pal: how many 25 kg sacks in a 1,000 kg pallet? And what's the capital of Peru?",
            ("calculator", "How many 25 kg sacks in a 1,000 kg pallet?", ()),
            ("researcher", "What's the capital of Peru?", ()),
        ),
        (
            "Couple of jobs for you: calculate the wage bill for 12 porters at ₹300 a day for 6 days. And draft a "
            "notice to the porters saying wages are paid on Friday.",
            ("calculator", "Calculate the wage bill for 12 porters at ₹300 a day for 6 days", ()),
            ("writer", "Draft a notice to the porters saying wages are paid on Friday", ()),
        ),
    ],
)
async def test_an_announcement_to_whoever_is_asked_is_no_part(
    decider: RankingDecider,
    text: str,
    first: tuple[str, str, tuple[str, ...]],
    second: tuple[str, str, tuple[str, ...]],
) -> None:
    assert await tasks(decider, text) == [first, second]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Two things from the site office. What's 12% of £3,750 for the roof fund? And who wrote Hamlet?",
            ("calculator", "What's 12% of £3,750 for the roof fund?", ()),
            ("researcher", "Who wrote Hamlet?", ()),
        ),
        (
            "Two things if you would. The fuel budget is £18,600 and we have spent £13,950, so what percentage "
            "have we used? And write a note to the skipper saying the pump is fixed.",
            (
                "calculator",
                "The fuel budget is £18,600 and we have spent £13,950, so what percentage have we used?",
                (),
            ),
            ("writer", "Write a note to the skipper saying the pump is fixed", ()),
        ),
        (
            "A couple of jobs for the AGM. Work out 15% of £1,200. And draft a note to members saying the AGM is on "
            "Thursday.",
            ("calculator", "Work out 15% of £1,200", ()),
            ("writer", "Draft a note to members saying the AGM is on Thursday", ()),
        ),
    ],
)
async def test_an_announcement_with_its_source_or_a_courtesy_is_no_part(
    decider: RankingDecider,
    text: str,
    first: tuple[str, str, tuple[str, ...]],
    second: tuple[str, str, tuple[str, ...]],
) -> None:
    assert await tasks(decider, text) == [first, second]


async def test_a_statement_about_two_things_stays_with_its_question(decider: RankingDecider) -> None:
    planned = await tasks(decider, "Two things on the list are done. What's 20% of 90?")
    assert [t for _, t, _ in planned] == ["Two things on the list are done. What's 20% of 90?"]


async def test_three_announced_questions_to_folks_are_three_parts(decider: RankingDecider) -> None:
    planned = await tasks(
        decider, "Three questions, folks: what's 15% of 640? Who wrote Hamlet? And is it true bats are blind?"
    )
    assert [(w, t) for w, t, _ in planned] == [
        ("calculator", "What's 15% of 640?"),
        ("researcher", "Who wrote Hamlet?"),
        ("fact_checker", "Is it true bats are blind?"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Two things mate.",
        "Couple of jobs for you guys",
        "Three questions, folks",
        "Two quick ones for ya, boss",
        "Two things if you would.",
        "Two questions if you don't mind.",
        "Two things from the parish office.",
        "Three questions about my pension, if you don't mind.",
        "A couple of jobs for the AGM",
    ],
)
def test_announcements_naming_the_one_asked_announce(text: str) -> None:
    assert announces_list(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two mates came round for the keys",
        "Mate, two pizzas",
        "Two things went wrong today mate",
        "Boss, two of the lads are off sick",
        "Team, the two things are linked",
        "Two things on the list are done",
        "Two things about the pump broke",
        "Two things if it rains",
        "Three things about the boat that the hirers hated on their trip",
        "Two things from me and then I am off to bed now",
    ],
)
def test_sentences_that_say_something_to_the_one_asked_are_no_announcement(text: str) -> None:
    assert not announces_list(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two things are broken: the pump and the gate.",
        "The two things I need: flour and eggs.",
        "Mate: what's 12% of 80?",
        "Things to mention: how I met Tom, the stag do, thank the bridesmaids.",
    ],
)
def test_a_lead_that_announces_nothing_stays(sentence: str) -> None:
    assert past_counted_lead(sentence) == sentence


async def test_a_count_that_is_the_subject_keeps_its_sentence(decider: RankingDecider) -> None:
    planned = await tasks(
        decider, "Two boats came back late: Heron and Kingfisher. Write a note to both crews about it."
    )
    assert [w for w, _, _ in planned] == ["writer"]
    assert "Heron and Kingfisher" in planned[0][1]
