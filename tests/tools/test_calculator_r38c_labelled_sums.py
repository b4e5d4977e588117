"""Paraphrases of lists to add up told after a label, with near-misses that change the sum."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Add up these three invoices: £420, £385.50 and £199.99", 1005.49),
        ("Add up tonight's card payments, £23.50, £41.00, £18.75 and £36.25", 119.50),
        ("Add up this week's tips: £12, £8.50 and £15", 35.50),
        ("Add up the three catering invoices, £23.40, £18.75 and £41.10", 83.25),
        ("Total up the donations, $50, $25 and $100", 175),
        ("Add up the chairs: 40 in the hall, 25 in the library and 12 on the stage", 77),
        ("Add up the residents on soft diets: 14 on the ground floor, 9 on the first and 11 on the second", 34),
        ("Sum of 72 in maths, 85 in English and 64 in French?", 221),
    ],
)
async def test_labelled_lists_added_up(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Add up these four invoices, £420, £385.50 and £199.99",
        "Add up my receipts, £12, £8 and £3 off",
        "Add up the chairs: 40 in the hall, 25 in the library and 12 on each table",
        "Add up the discounts, 10%, 15% and 5%",
    ],
)
async def test_lists_whose_sum_is_changed_are_declined(request_text: str):
    await refused(request_text)
