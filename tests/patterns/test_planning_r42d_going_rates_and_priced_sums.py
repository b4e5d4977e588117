"""A question with no figures of its own that asks what holds out in the world (a going rate, what holds this year,
what holds in a named place) is a look-up beside a sum, not more of it; and a priced sum of the user's own beside
code ("What's my margin if a plate costs me $3.85 and sells for $12?") is a step of its own, not the code's symptom.
Near-misses keep their joins: a question on the user's own sum, a month named, a fault described beside code."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.going_rates import asks_what_holds_elsewhere
from patterns.jobs import about_the_code
from patterns.planning import ClausePlanner
from tests.patterns.test_routing_users import specialists

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

CODE = (
    '```python\nimport os\n\ndef apply_discount(price, code):\n    if code == "FIESTA":\n'
    "        return price * 0.9\n    return price\n```"
)


async def tasks(decider: RankingDecider, text: str) -> list[tuple[str | None, str]]:
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    return [(t.worker, t.text) for t in plan.tasks]


@pytest.mark.parametrize(
    ("text", "sum_part"),
    [
        (
            "What's 8% of the £3,962 rent total? And what's the going rate for plot rents in Leicester this year?",
            "What's 8% of the £3,962 rent total?",
        ),
        (
            "Our plot rents came to £1,240, what's 15% of that? Also what do councils usually charge for a half plot?",
            "Our plot rents came to £1,240, what's 15% of that?",
        ),
        (
            "Work out 12 hours at £18 an hour. And how much do plumbers charge in Leeds these days?",
            "Work out 12 hours at £18 an hour",
        ),
        ("whats 20% of 450? and whats the typical price of a skip hire nowadays?", "Whats 20% of 450?"),
    ],
)
async def test_a_question_of_what_holds_elsewhere_is_a_look_up_beside_the_sum(
    decider: RankingDecider, text: str, sum_part: str
) -> None:
    planned = await tasks(decider, text)
    assert planned[0] == ("calculator", sum_part)
    assert len(planned) == 2 and planned[1][0] not in ("calculator", None)


@pytest.mark.parametrize(
    "text",
    [
        "The roofer charged £48 an hour for 6 hours. What's his bill, and what did the scaffolder charge?",
        "What's 4 hours at £14.50, and how much will I get after tax?",
        "What's 3 stone 5 lb in kg, and how much does the vet's bag of food cost per kg?",
    ],
)
async def test_a_question_on_the_users_own_sum_is_still_read_with_it(decider: RankingDecider, text: str) -> None:
    assert await tasks(decider, text) == [("calculator", text)]


@pytest.mark.parametrize(
    "question",
    [
        "how much will I owe in March?",
        "what did the scaffolder charge?",
        "What is the rate for Tam?",
        "how much is that in euros?",
        "What's the going rate on £400 a week?",  # a figure of its own: a sum, not a look-up
    ],
)
def test_near_misses_ask_nothing_of_the_world(question: str) -> None:
    assert not asks_what_holds_elsewhere(question)


@pytest.mark.parametrize(
    "question",
    [
        "What's my food cost percentage if a plate costs me $3.85 to make and sells for $12?",
        "whats my margin if i buy crates for £14 and sell them for £22?",
        "If our fees are €1,200 and we pay €150 rent, what's our profit?",
    ],
)
async def test_a_priced_sum_of_the_users_own_beside_code_is_a_part_of_its_own(
    decider: RankingDecider, question: str
) -> None:
    planned = await tasks(decider, f"Two things. {question} And can you check this script my nephew wrote?\n{CODE}")
    assert [w for w, _ in planned] == ["calculator", "code_reviewer"]
    assert CODE not in planned[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Why is my total $10.00 instead of $10.50?",
        "My discount comes out at $9 when it should be $10.80 on a $12 price.",
        "It gives $9 for a $10 item but I expected $9.50.",
    ],
)
def test_a_fault_described_in_prices_is_still_the_codes_symptom(sentence: str) -> None:
    assert about_the_code(sentence, CODE)


@pytest.mark.parametrize(
    "question",
    [
        "and how much will I take home this week?",
        "what do we usually pay the window cleaner?",
        "how long will it take me at my usual pace?",
    ],
)
def test_a_question_on_the_users_own_is_no_look_up(question: str) -> None:
    assert not asks_what_holds_elsewhere(question)
