"""Round 34: packs named as packs in a comparison; a rise the user makes ('putting it up by 8%') is applied."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "best", "result"),
    [
        ("Which is the better deal per can: a 12-pack of soda for $7.68 or a 20-pack for $11.80?", "the 20-pack", 0.59),
        ("a 4-pack of yoghurt for £1.80 or a 6-pack for £2.50 - which is the better buy?", "the 6-pack", 2.5 / 6),
        ("Which is cheaper: a 24-pack of water for $5.28 or a 6-pack for $1.50?", "the 24-pack", 0.22),
        ("10 pens for $3 or 25 pens for $6.50, which is cheaper?", "25 pens", 0.26),
        ("Which is cheaper per litre, 2 litres for $3.10 or 3 litres for $4.35?", "3 liters", 1.45),
    ],
)
async def test_the_cheaper_offer_is_named_as_said(request_text: str, best: str, result: float):
    answer = await solved(request_text)
    assert answer["answer"].startswith(best)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Rent is £950 a month and I'm raising it by 4.5%. What's the new rent?", 992.75),
        ("The fee is $200 and we're increasing it by 10%. What's the new fee?", 220),
        ("Rent is $1,450/month and I'm putting it up 4.5%. What will the new monthly rent be?", 1515.25),
        ("Rent is $1,450/month and I'm putting it up 4.5% in July. What will the new rent be?", 1515.25),
        ("Our subscription is €40 and we are raising it by 5%. What is the new price?", 42),
        ("Rent is £950 a month and it goes up by 4.5%. What's the new rent?", 992.75),
    ],
)
async def test_a_rise_the_user_makes_gives_the_new_value(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Rent is £950 a month and I'm raising it by 4.5% and then 2%. What's the new rent?",
        "Rent is £950 a month and I'm raising it by 4.5%. What's the increase in dollars?",
    ],
)
async def test_a_rise_that_says_more_is_declined(request_text: str):
    await refused(request_text)
