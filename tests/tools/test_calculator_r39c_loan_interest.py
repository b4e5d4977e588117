"""Paraphrases of simple interest told with the kind of loan before it ('Home improvement loan of £8,500 at ...') and
asked as the interest 'altogether'; near-misses that ask both, leave the kind of interest unsaid or add a figure."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Home improvement loan of £8,500 at 4.5% simple interest over 5 years. What is the interest?", 1912.5),
        ("Car loan of $12,000 at 5% simple interest for 4 years. How much interest is that?", 2400),
        ("Farm machinery loan of £20,000 at 3% simple interest for 2 years, how much interest?", 1200),
        ("Borrowed £2,500 at 8% simple interest a year over 2 years. How much interest do we pay altogether?", 400),
        ("Van loan of £9,000 at 7% simple interest over 3 years. What will I repay in total?", 10890),
    ],
)
async def test_interest_on_a_named_kind_of_loan(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Car loan of $12,000 at 5% simple interest for 4 years. How much interest and what's the total altogether?",
        "Car loan of $12,000 at 5% simple interest for 4 years. How much interest do I pay and how much altogether?",
        "Car loan of $12,000 at 5% interest for 4 years. How much interest do I pay?",
        "Car loan of $12,000 at 5% simple interest for 4 years plus a $200 fee. How much interest do I pay altogether?",
        "Car loan of $12,000 at 5% simple interest. How much interest do I pay altogether?",
    ],
)
async def test_both_asked_or_a_figure_missing_is_declined(request_text: str):
    await refused(request_text)
