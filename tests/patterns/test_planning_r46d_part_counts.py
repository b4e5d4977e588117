"""A sentence that only counts the parts that follow ("Need two things, partner.", "Two jobs when you've a minute,
my lovely.", "I should be grateful for two things.", "2 things for my homework lol.") is no step and no context for
the first step, whoever it is said to and whatever courtesy or purpose it names. Near-misses stay as written: a
sentence about the things ("Two things broke"), a count of goods ("Two bags of rice."), a count of more parts than
follow, a count with an order or a question of its own."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.part_counts import only_counts_the_parts
from tests.patterns.routed import tasks

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "sentence",
    [
        "Need two things, partner.",
        "Two jobs when you've a minute, my lovely.",
        "Right then, two bits of work for you when you're free.",
        "Kindly do three things.",
        "Excuse me, two questions.",
        "I should be grateful for two things.",
        "Got a couple of quick questions for ya, chief.",
        "Two tings boss.",
        "Couple favours, hun.",
        "Hola amigo, two things.",
        "3 tasks for the committee pack, if you don't mind.",
        "Two work please.",
    ],
)
def test_a_count_said_with_a_courtesy_only_counts_the_parts(sentence: str) -> None:
    assert only_counts_the_parts(sentence, 3)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two things broke in the kitchen.",
        "Two bags of rice.",
        "I have two work trips next month.",
        "Two job offers came in.",
        "Calculate two things.",
        "Write two things.",
        "What are two things to pack?",
        "Two questions about 3 flights.",
        "Two things matter.",
        "Two things though.",
        "Few things worry me.",
        "Three things for the newsletter.",
    ],
)
def test_a_sentence_about_the_things_counts_no_parts(sentence: str) -> None:
    assert not only_counts_the_parts(sentence, 3)


def test_a_count_of_more_parts_than_follow_is_kept() -> None:
    assert not only_counts_the_parts("Three things, boss.", 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Need three things, partner. Convert 40 pounds to kilograms. Who wrote Dracula? And write a note to Tom "
            "saying the boat leaves at 6.",
            [
                ("calculator", "Convert 40 pounds to kilograms", ()),
                ("researcher", "Who wrote Dracula?", ()),
                ("writer", "Write a note to Tom saying the boat leaves at 6", ()),
            ],
        ),
        (
            "Two jobs when you've a minute, my love. What's 15% of £240? And who painted the Mona Lisa?",
            [("calculator", "What's 15% of £240?", ()), ("researcher", "Who painted the Mona Lisa?", ())],
        ),
        (
            "I should be grateful for two things. What is 8% of CHF 1,450? Who invented the telephone?",
            [("calculator", "What is 8% of CHF 1,450?", ()), ("researcher", "Who invented the telephone?", ())],
        ),
        (
            "Two work please. Convert 12 miles to km. And who wrote Hamlet?",
            [("calculator", "Convert 12 miles to km", ()), ("researcher", "Who wrote Hamlet?", ())],
        ),
        (
            "2 things for my homework lol. what's 18% of 640? and who discovered penicillin?",
            [("calculator", "What's 18% of 640?", ()), ("researcher", "Who discovered penicillin?", ())],
        ),
    ],
)
async def test_the_count_is_no_part_and_no_context(
    decider: RankingDecider, text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert await tasks(decider, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two bags of rice at £12 each. What do they come to?",
        "Two job offers came in today. Which one pays more per year, £31,000 or £2,700 a month?",
    ],
)
async def test_a_count_of_goods_stays_with_its_question(decider: RankingDecider, text: str) -> None:
    got = await tasks(decider, text)
    assert len(got) == 1 and got[0][1] == text.rstrip(".")
