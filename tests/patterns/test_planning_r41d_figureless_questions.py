"""A question with no figures of its own asked beside a sum for the same worker ("What's his bill, and what did the
scaffolder charge?", "What's 20% VAT on £340, and what's the plumber's total once his call-out fee is added?") is
more of that job: the worker is handed both, in the words the user wrote, so it accounts for all of it or declines,
rather than answering the first as if it were all that was asked. Near-misses keep their parts: a second sum with
figures of its own, a fixed ratio ("how many seconds are in a day"), a question for another worker, and a part set
apart with "also"."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.as_written import as_written
from patterns.planning import ClausePlanner
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


async def tasks(decider: RankingDecider, text: str) -> list[tuple[str | None, str]]:
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    return [(t.worker, t.text) for t in plan.tasks]


@pytest.mark.parametrize(
    "text",
    [
        "How many km is 26.2 miles, and how long will it take me to run it at my usual pace?",
        "What's 20% VAT on £340, and what's the plumber's total once his call-out fee is added?",
        "What does the tutor earn for 12 hours at £30 an hour, and what will her pay be after the rise?",
        "What's 3 stone 5 lb in kg, and how much does the vet's bag of food cost per kg?",
        "Ok so 3 nights at £85 a night, what's that come to and what did the other hotel want?",
        "Convert 5 miles to km, and how long would my nan take to walk it?",
        "What's 4 hours at £14.50, and how much will I get after tax?",
    ],
)
async def test_a_figureless_question_beside_a_sum_is_handed_on_whole(decider: RankingDecider, text: str) -> None:
    assert await tasks(decider, text) == [("calculator", text)]


async def test_a_shared_statement_is_said_once_with_both_questions(decider: RankingDecider) -> None:
    text = "The roofer charged £48 an hour for 6 hours. What's his bill, and what did the scaffolder charge?"
    assert await tasks(decider, text) == [("calculator", text)]


@pytest.mark.parametrize(
    "text",
    [
        "What's 20% of 85, and what's 15% of 40?",  # a second sum with figures of its own
        "What's 15% of £80, and how many seconds are in a day?",  # a fixed ratio needs no figure given
        "What is 25% of 600, and what will the weather be in Rome tomorrow?",  # another worker's question
    ],
)
async def test_questions_that_stand_alone_stay_parts_of_their_own(decider: RankingDecider, text: str) -> None:
    assert len(await tasks(decider, text)) == 2


def test_a_stretch_over_two_sentences_is_not_taken_as_written() -> None:
    request = "Convert 5 miles to km. How long will it take me?"
    assert as_written(request, "Convert 5 miles to km", "How long will it take me?") is None
    assert as_written("Convert 5 miles to km, and how long?", "Convert 5 miles to km", "How long?") == (
        "Convert 5 miles to km, and how long?"
    )
