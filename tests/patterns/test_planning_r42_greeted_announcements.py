"""An announcement of the parts opened by a greeting or a filler ("Hey so two things!", "Hi, two quick questions.")
is no part itself: the first part is sent without it. Near-misses stay parts: a sentence that only looks like an
announcement but says something ("So two things are wrong with this"), or asks for the work itself."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.lists import announces_list
from tests.patterns.test_planning_r42d_announced_and_set_apart import tasks

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("text", "sum_part", "second"),
    [
        (
            "Hey so two things! What's 18% of 640? And fact check this: sound travels faster than light",
            "What's 18% of 640?",
            "fact_checker",
        ),
        (
            "Hi, two quick questions. What is 12% of £900? And who invented the telephone?",
            "What is 12% of £900?",
            "researcher",
        ),
        (
            "Okay so three things. What's 7 x 8? Then who painted the Mona Lisa? And is it true bats are blind?",
            "What's 7 x 8?",
            "researcher",
        ),
        (
            "Morning, two wee questions. What's 20% of £45? And write a note to Priya saying the van is fixed",
            "What's 20% of £45?",
            "writer",
        ),
    ],
)
async def test_a_greeted_announcement_is_no_part(
    decider: RankingDecider, text: str, sum_part: str, second: str
) -> None:
    planned = await tasks(decider, text)
    assert planned[0] == ("calculator", sum_part)
    assert planned[1][0] == second


@pytest.mark.parametrize(
    "text",
    [
        "Hey so two things!",
        "Hi, two quick questions.",
        "Okay so three things",
        "Right, two things then.",
        "Hey, can you do two things for me",
    ],
)
def test_greeted_announcements_announce(text: str) -> None:
    assert announces_list(text)


@pytest.mark.parametrize(
    "text",
    ["So two things are wrong with this", "Hey, can you do the two things I sent", "Hello two", "Right, two pizzas"],
)
def test_sentences_that_say_something_are_no_announcement(text: str) -> None:
    assert not announces_list(text)
