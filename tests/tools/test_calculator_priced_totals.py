"""Totals of counted things at a price each, as users and the orchestrator's steps say them: '45 children x £8.50',
'Sold 48 jars at £7 and 20 at £4.50, what's the total?', '4.5 hours at £45 plus £85 for parts', '40 hours at $55 an
hour minus a 10% platform fee'; and what must stay declined beside them."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 45 children x £8.50", 382.5),
        ("Work out 28 pupils x €12.40", 347.2),
        ("Work out the total for 32 children at £18.50 per child", 592),
        ("the cost of 14 nights at €95 a night", 1330),
        ("Calculate my weekly pay for 40 hours at $22.50 an hour", 900),
        ("Sold 96 jars at £6.50. What's my takings", 624),
        ("If I sell 40 jars at £6.50 what do I take?", 260),
        ("We sold 120 cupcakes at £2.25 and 40 at £3, what did we take?", 390),
        ("Sold 48 jars at £7 and 20 at £4.50 at the market, what's the total?", 426),
        ("Busy Saturday at the grooming parlour: 6 dogs at £42 each and 3 cats at £35 each. What did I take in "
         "total?", 357),
        ("Guest in room 9 is staying 12 nights at £68 a night. Work out his total", 816),
        ("45 children at £8.50. what's the total?", 382.5),
    ],
)  # fmt: skip
async def test_counts_at_a_price_each_are_totalled(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 3 hours at £52 plus £40 parts", 196),
        ("Work out 4.5 hours at £45 plus £85 for parts", 287.5),
        ("Work out 3.5 hours at £60 plus £120 for materials", 330),
        ("Booked 3 rooms at £110 each plus a £25 booking fee", 355),
        ("Calculate 40 hours at $55 an hour minus a 10% platform fee", 1980),
        ("Calculate 25 hours at $80 an hour less a 15% agency fee", 1700),
        ("2 hours at £38 plus £65 call-out", 141),
    ],
)
async def test_trade_sums_add_the_extras_or_take_the_fee(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)
    assert len(solution["steps"]) >= 2  # the working: each line, then the whole


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "12 nights at £68 a person",  # a price per something else than the nights
        "sold 2.5 children at £4",
        "Sold 40 jars at £6.50 and £5. total?",  # a second price, or an amount added?
        "40 hours at $55 an hour minus a 10% fee plus $20 parts",  # the fee of what?
        "Sold 40 jars at £6.50 and 20 at $4. total?",  # two currencies
        "I split 12 nights at £68 a night with 3 friends",
        "Sold 40 jars at £6.50 per week",
        "Work out 45 children x £8.50 per week",
        "3 hours at £52 plus £40 a day",
        "Sold 40 jars at £6.50. What's the profit?",  # the costs are not told
        "Sold 50 jars at £6 and 20 at £4 each, how much is left",
        "40 hours at $55 an hour minus 10% tax",
    ],
)
async def test_lines_that_say_more_than_a_total_are_declined(request_text: str):
    await refused(request_text)
