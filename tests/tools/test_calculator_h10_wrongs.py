"""Two wrong answers tuning_everyday_12 showed (issue 9): '1.2k' read as 1.2 kelvin instead of 1,200, and 'how much
did we make' of takings and costs answered with their sum as if it were a bill. A lowercase 'k' written on a
number is thousands (a kelvin is a capital K, or a 'k' said apart); what was made is not what was paid.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("sales went from 1.2k last month to 1,530 this month. what's the % increase?", 27.5),
        ("what is 1.2k + 300", 1500),
        ("visitors went from 2k to 2.5k this year, what's the percentage increase", 25),
        ("45k divided by 12", 3750),
    ],
)
async def test_a_lowercase_k_on_a_number_is_thousands(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("what is 300 k in celsius", 26.85),
        ("300K in celsius", 26.85),
        ("my 5k times this month were 24, 26 and 28 minutes. what's my average?", 26),
        ("I ran a 10k in 50 minutes. What was my pace in minutes per km?", 5),
    ],
)
async def test_kelvin_and_races_keep_their_k(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "made"),
    [
        ("raffle: 350 tickets at £2 each, the prizes cost us £145. how much did we make?", 555),
        ("I sold 20 mugs at $8 each and the clay cost $40. How much did I make?", 120),
    ],
)
async def test_what_was_made_is_the_takings_less_the_costs_not_a_bill(request_text: str, made: float):
    assert (await solved(request_text))["result"] == made  # takings.py; a bill would add the costs on


@pytest.mark.anyio
async def test_money_raised_is_not_answered_as_a_bill():
    reply = await refused("Bake sale: 60 cakes at £1.50 each and the ingredients cost £35. How much did we raise?")
    assert "in total" not in reply


@pytest.mark.anyio
async def test_how_much_that_makes_is_still_a_total():
    assert (await solved("3 shirts at £12 each and a hat for £8, how much does that make?"))["result"] == 44


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The twins each take 1 tablet a day. How many tablets for 2 weeks?",
        "My kids each eat 2 apples a day. How many apples in a week?",
        "We each drink 2 litres a day. How much in a week?",
        "They each walk 3 km a day. How far in 5 days?",
    ],
)
async def test_an_amount_each_of_a_group_of_no_size_is_not_answered_for_one(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I drink 2 litres a day. How much in a week?", 14),
        ("4 of us each chipped in $12. how much in total?", 48),
    ],
)
async def test_an_amount_of_one_or_of_a_counted_group_is_still_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result
