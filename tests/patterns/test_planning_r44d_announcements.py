"""An announcement of how many things follow, in any wording ("Could you do two things for me please.", "Two thing
pls.", "Need two things boet.", "A few quick ones.", "Got 2 qs for you"), is no part: the parts after it are sent
without it. One that announces and asks ("I've got two questions, what's 5% of 80 and who wrote Hamlet?") keeps its
asks, as parts of their own. Near-misses keep what they did: a sentence that says something about the things
("Two things remained unsold.", "Two questions remain"), or an order after the courtesy."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.lists import announces_list
from tests.patterns.routed import tasks

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "text",
    [
        "Could you do two things for me please",
        "Would you do a couple of things for me?",
        "Two thing pls",
        "Need two things boet",
        "Two questions chief",
        "Couple things bro",
        "A few quick ones",
        "Got 2 qs for you",
        "Can you help me with a couple of things please",
    ],
)
def test_announcements_in_any_wording_announce(text: str) -> None:
    assert announces_list(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two things remained unsold",
        "Two questions remain",
        "Two things matter",
        "A few things changed",
        "Few things worry me",
        "Two things happened",
        "Could you do two things for me please, proofread this",
        "Two things though",
    ],
)
def test_sentences_about_the_things_are_no_announcement(text: str) -> None:
    assert not announces_list(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Would you do a couple of things for me? Work out 15% of £2,400, and write a note to Sam saying the van "
            "is fixed.",
            [
                ("calculator", "Work out 15% of £2,400", ()),
                ("writer", "Write a note to Sam saying the van is fixed", ()),
            ],
        ),
        (
            "Few quick ones. What's 18% of 950? And who wrote Middlemarch?",
            [("calculator", "What's 18% of 950?", ()), ("researcher", "Who wrote Middlemarch?", ())],
        ),
        (
            "Two questions chief. What's 7% of $1,200? And what's the capital of Peru?",
            [("calculator", "What's 7% of $1,200?", ()), ("researcher", "What's the capital of Peru?", ())],
        ),
        (
            "Couple things bro. Convert 12 miles to km. And write a haiku about rain.",
            [("calculator", "Convert 12 miles to km", ()), ("writer", "Write a haiku about rain", ())],
        ),
        (
            "2 things pls. 1) how much is 8% of NZ$2,600 2) write a short text to the crew that practice moves to 6pm",
            [
                ("calculator", "How much is 8% of NZ$2,600", ()),
                ("writer", "Write a short text to the crew that practice moves to 6pm", ()),
            ],
        ),
    ],
)
async def test_an_announcement_in_any_wording_is_no_part(
    decider: RankingDecider, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert await tasks(decider, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I've got two questions, what's 5% of 80 and who wrote Hamlet?",
            [("calculator", "What's 5% of 80", ()), ("researcher", "Who wrote Hamlet?", ())],
        ),
        (
            "Couple of things, work out 12% of £640 and write a thank-you note to Jo.",
            [("calculator", "Work out 12% of £640", ()), ("writer", "Write a thank-you note to Jo", ())],
        ),
    ],
)
async def test_an_announcement_that_asks_keeps_its_asks(
    decider: RankingDecider, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert await tasks(decider, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two things remained unsold. What's 20% of 90?",
        "Two things went wrong today mate. What's 20% of 90?",
        "Two things, the pump and the gate, broke. What's 20% of 90?",
    ],
)
async def test_a_sentence_about_things_stays_with_its_question(decider: RankingDecider, text: str) -> None:
    assert await tasks(decider, text) == [("calculator", text, ())]
