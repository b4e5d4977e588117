"""A price its clause goes on to say is each one's ('cost me G$3,800 fi each cage'), months named one by one beside a
rate per month, and packs counted 'whole only' for a need: never read as a lot's price, a one-off, or the full packs
the need leaves over. 'To the cent.' after a question of money, and 'Give one decimal please.', ask nothing more."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        # one cage's cost in words not read as saying so: never the lot's
        "bai i mek 9 cage dis month, wood and wire cost me G$3,800 fi each cage and i sell dem G$12,500 each. how "
        "much profit i mek?",
        # a rate per month and the months named one by one: not a one-off
        "The generator owner takes 18,000 dinar for each ampere every month. I take 30 ampere for the restaurant. For "
        "June, July, August and September how much I pay him in total?",
        # 'got' may be the stock the packs are filled from: rounding either way is a guess
        "We got 26 costumes, each one need 45 sheets crepe paper and a pack got 50 sheets. How many packs, whole "
        "packs only?",
    ],
)
async def test_a_reading_that_would_drop_each_or_the_months_declines(request_text: str) -> None:
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I make 9 cages, wood cost me $3,800 per cage and I sell them $12,500 each. How much profit?", 78300),
        # packs bought to cover a need are rounded up, 'whole packs only' or not
        (
            "Each costume needs 45 sheets and a pack holds 50 sheets. We make 26 costumes. How many packs, whole "
            "packs only?",
            24,
        ),
        # money is answered to the cent, so asking for it changes nothing
        (
            "I saved $4,000 in the bank at 6% a year compounded every 6 months. How much will I have after 5 years? "
            "To the cent.",
            5375.67,
        ),
        ("Savings 8 000 € at 3 % per year, compounded monthly. How much after 2 years? To the cent.", 8494.06),
        # the places asked by a verb of their own after the question
        (
            "Theory test points of my students this month: 38, 40, 35, 39, 37, 36, 40. What is the average? Give one "
            "decimal please.",
            37.9,
        ),
    ],
)
async def test_answered(request_text: str, result: float) -> None:
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


async def test_the_months_are_counted_in_the_decline() -> None:
    text = await refused(
        "The generator owner takes 18,000 dinar for each ampere every month. I take 30 ampere for the restaurant. "
        "For June, July, August and September how much I pay him in total?"
    )
    assert "4 months (June, July, August, September)" in text
