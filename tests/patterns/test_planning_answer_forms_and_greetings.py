"""A clause that asks only the form of a sum's answer ("Give me in hours with decimal.") is part of the sum, and a
greeting in the user's own language ("Salam, dear friend.", "Oi gente,") is no job of its own: one calculator step.
Near-misses: a text asked in a form ("give me a recipe in grams", "Write a poem in French") is still a job."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request
from patterns.answer_forms import asks_answer_form
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Abeg, I light the fire 16h30 and I close 23h45. How many hours I sell? Give me in hours with decimal.",
        "I open at 10:30 and close at 18:15. How many hours I work? Give it to me in decimal please.",
        "Salam, dear friend. Today we sold 64 pots of tea at 4,50 ₼ and 18 boxes of halva at 12,00 ₼. What is the "
        "total, please?",
        "Oi gente, 500 gramas of polvilho is how many ounces?",
    ],
)
@pytest.mark.anyio
async def test_the_form_and_the_greeting_stay_with_the_sum(decider: RankingDecider, request_text: str) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == ["calculator"], plan.tasks


@pytest.mark.parametrize(
    ("clause", "form"),
    [
        ("Give me in hours with decimal.", True),
        ("As a decimal, please.", True),
        ("Give me the total in dollars", True),
        ("in kg pls", True),
        ("give me a recipe in grams", False),
        ("Write it in words", False),
        ("Give me a poem in words", False),
        ("Give me in hours with decimal. " + "And also write a long letter to my landlord about the rent " * 2, False),
    ],
)
def test_only_the_form_of_an_answer_is_an_answer_form(clause: str, form: bool) -> None:
    assert asks_answer_form(clause) is form
