"""The percentage a price was cut by, asked as users ask it: 'what is the discount in percent', 'what % off', with
the two prices named as what it was and what it is now ('was ... now', 'original price ... sale price')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "percent"),
    [
        ("was £85,000 now £72,250, what is the discount in percent", 15),
        ("The price was $640 and now it is $512. What is the discount in percent?", 20),
        ("it was €75, now it is €60. what is the percentage discount?", 20),
        ("original price ₹1,800, sale price ₹1,350, what percent off", 25),
        ("usual price 40 dollars, today 34 dollars, what % off is that", 15),
        ("regular price $60, sale price $45. What percent discount?", 25),
        ("Normal price £250, offer price £200 - discount as a percentage?", 20),
    ],
)
async def test_the_cut_is_a_percentage_of_the_price_before(request_text: str, percent: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(percent)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "was £40 now £50, what is the discount in percent",  # dearer now: no discount to give
        "sale price $45 and $60, what percent off",  # which price came first is not said
    ],
)
async def test_prices_that_do_not_show_a_cut_are_declined(request_text: str):
    await refused(request_text)
