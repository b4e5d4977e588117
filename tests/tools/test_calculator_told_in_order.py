"""Sums whose order or scope the story tells: a discount given and then a fee added (the fee takes no discount), a
discount and a tax named in the local words ('desconto', 'Rabatt', 'ITBIS', 'PVM') on a price the discount's clause
runs into, interest compounded 'every 6 months'; and what a story leaves open, which must decline: 'how many
percent' between two rates, and the tax inside a shelf price."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "A shop in Madrid orders 60 hats at $85. I give them 15% discount, then add $140 for shipping. What is "
            "the total invoice?",
            4475,
        ),
        (
            "The distributor gives me 7% off a case of Brugal that costs RD$9,600, then ITBIS 18% goes on the "
            "price after the discount. How much I pay, tú sabe?",
            10535.04,
        ),
        (
            "The supplier gives me 15% desconto on a bale of capulanas of 12 400,00 MT, and then IVA of 16% is "
            "added on the price after the discount. How much do I pay in the end?",
            12226.4,
        ),
        (
            "24 new mattresses for the Lager at 189 € each. Supplier gives 15% Rabatt, then 20% MwSt on the "
            "discounted price. Total to pay?",
            4626.72,
        ),
        (
            "I put 25,000 dinars in a term deposit at 8% per year, compounded every 6 months, for 2 years. What is "
            "the final amount?",
            29246.46,
        ),
        (
            "With respect, I deposit 150,000,000 tomans in the bank at 20 percent annual interest, compounded "
            "monthly. What is the balance after exactly one year?",
            182908662.74,
        ),
        (
            "Please, I put RWF 800,000 in a savings account at 8% per year, compounded quarterly. If I withdraw "
            "nothing, how much will be in the account after 2 years?",
            937327.5,
        ),
        ("Our no-show rate went from 6% in March to 9% in April. By what percent did it increase?", 50),
    ],
)
async def test_told_in_order(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
async def test_how_many_percent_between_rates_names_both_readings():
    said = await refused(
        "The oil yield went from 18% last season to 21% this season. By how many percent did the yield increase?"
    )
    assert "3 percentage points" in said and "16.67%" in said


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A sack of rice is RD$2,360 and the ITBIS is 18%. How much is the ITBIS?",
        "the bank loan rate went from 28% to 32%. by how many percent did it go up?",
        # two lines before the discount: which it is taken of is not said
        "A shop orders 60 hats at $85 and 10 caps at $20. I give them 15% discount, then add $140 for shipping. "
        "What is the total invoice?",
    ],
)
async def test_what_the_story_leaves_open_declines(request_text: str):
    await refused(request_text)
