"""Paraphrases of a sum split a stated number of ways by someone other than the speaker, with company named ('the
couple split it three ways with their friend'): the ways count everyone. Near-misses leave the count unsaid or ask
a second thing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The twins are splitting a $96 pizza bill three ways with their cousin. How much each?", 32),
        ("My parents are sharing the €1,260 cottage booking four ways with their neighbours. What's each share?", 315),
        ("They split the £300 deposit four ways with their friends. How much does each pay?", 75),
        ("Mum and Dad are splitting the £180 hotel bill three ways with my aunt. How much does each pay?", 60),
    ],
)
async def test_the_ways_count_everyone(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "They split the £300 deposit with their friends. How much each?",
        "We split the £300 deposit with 2 flatmates. How much each?",
        "The twins are splitting a pizza bill three ways with their cousin. How much each?",
        "The twins are splitting a $96 pizza bill three ways with their cousin. How much each and what's the tip?",
    ],
)
async def test_an_uncounted_party_or_second_question_is_declined(request_text: str):
    await refused(request_text)
