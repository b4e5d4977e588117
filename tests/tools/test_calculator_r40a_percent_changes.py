"""A list price named with its amount right after it is the price before a cut, a price said to include VAT is
never taxed again, and two discounts someone has 'both' of are declined (one after the other, or added?)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("List price £64. Discount 15%. What do I pay?", 54.4),
        ("List price $260, 40% off, what's the price now?", 156),
    ],
)
async def test_a_list_price_is_the_price_before_the_cut(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Catering quote is £2,300 including VAT at 20%. What's the total?",
        "The coat is £200. It's 10% off for members and another 5% off for staff, and I'm both. What do I pay?",
        "£90 boots, 20% off for students and 10% off for staff, and she's both. What does she pay?",
    ],
)
async def test_a_tax_already_in_or_two_cuts_both_had_are_declined(request_text: str):
    await refused(request_text)
