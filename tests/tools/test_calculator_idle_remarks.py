"""A remark with no figure and no word of arithmetic ('(thanks, board)', 'Old habits - I like to check the bank's
figures.') is set aside; one that could qualify the sum ('(simple)', 'in the evening') is not."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_sentence_after_the_question_that_says_nothing_of_the_sum_is_set_aside():
    answer = await solved(
        "I've £18,000 in a fixed-rate bond at 4.35% compounded annually for 5 years. What will it be worth at "
        "maturity? Old habits - I like to check the bank's figures."
    )
    assert answer["result"] == pytest.approx(22270.75, abs=0.01)


async def test_a_bracketed_remark_is_set_aside():
    answer = await solved("Rent went from £950 to £1,020 (thanks, landlord). What's the percentage increase?")
    assert answer["result"] == pytest.approx(7.368, abs=0.001)


async def test_a_remark_that_qualifies_the_sum_is_kept():
    await refused("Meeting starts at 9, in the evening. How many hours until 11?")


@pytest.mark.parametrize(
    "request_text",
    [
        "My students got 78, 85, 92, 67 and 88, ignoring the lowest. What's the class average?",  # a participle
        "I work from 9 am to 5 pm, Mon-Fri. How many hours altogether?",  # the days it runs over
        "the recipe says 180C fan, what's that in fahrenheit for a conventional oven",  # which oven
        "500g flour at 72% hydration, how much water for 2 loaves?",  # the close of a question
        "what's the median of these (thousands): 3, 4, 5",  # a bracket before a list's colon
    ],
)
async def test_a_remark_that_may_set_a_condition_is_kept(request_text: str):
    await refused(request_text)
