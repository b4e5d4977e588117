"""Paraphrases of an amount paid in equal parts with 'no interest' said beside it, and near-misses with interest,
a fee, or a deposit."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Customer want pay repair bill 2,350,000 đ in 3 month, no interest. Each month pay how much?", 783333.33),
        ("The sofa is $1,560, paid over 12 months interest free. What's the monthly amount?", 130),
        ("TV £840 over 6 months with no interest - how much a month?", 140),
        ("Spreading the R9,600 bill across 4 months, interest free. Monthly payment?", 2400),
    ],
)
async def test_equal_parts_with_no_interest(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The sofa is $1,560, paid over 12 months at 5% interest. What's the monthly amount?",
        "The sofa is $1,560, paid over 12 months, no interest but a $50 fee. What's the monthly amount?",
        "TV £840 over 6 months with no interest after a £100 deposit - how much a month?",
        "TV £840 with no interest - how much a month?",
    ],
)
async def test_interest_a_fee_or_no_term_is_declined(request_text: str):
    await refused(request_text)
