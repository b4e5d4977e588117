"""Paraphrases of how many uses at a charge each pay back what a thing cost ('bought it for £1,450, charge £12 each
time: how many hires before it's paid for itself?'), rounded up; near-misses with a charge per a period or a unit,
a third figure, a share or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We bought a bouncy castle for £900 and hire it out at £75 a go. How many hires to break even?", 12),
        ("The club bought a strimmer for £240 and charges £8 each time. How many hires before it's paid off?", 30),
        ("The allotment society paid £1,150 for a rotavator and charges plot holders £9 each time they use it. "
         "How many uses before it pays for itself?", 128),
        ("The canoe cost $1,380 and we rent it at $45 a trip. How many trips to cover the cost?", 31),
    ],
)  # fmt: skip
async def test_uses_that_pay_back_a_cost(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The extractor cost £1,450 and we charge £12 a month. How many hires to pay for it?",
        "The extractor cost £1,450 and we charge £12 a kilo. How many hires to pay for it?",
        "The extractor cost £1,450 and we charge £12 a hire. How many hires to pay for it and what's the profit?",
        "The extractor cost £1,450 plus £50 delivery and we charge £12 a hire. How many hires to pay for it?",
        "The extractor cost £1,450 and we charge 10% a hire. How many hires to pay for it?",
        "The extractor cost £1,450 and we charge £12 a hire. How many hires each to pay for it?",
    ],
)
async def test_a_rate_a_third_figure_or_a_second_question_is_declined(request_text: str):
    await refused(request_text)
