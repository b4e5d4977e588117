"""Families the calculator missed on a blind-written set (issue 9, heldout 5): who asks said first ('Nurse here,
quick one:'), a measure said of a thing in a sentence of its own ('the parcel weighs 3.5 kg. what's that in
pounds?'), asides that only restate the reading ('(before tax)' with no tax, 'in the same year', 'the next
morning' of a night crossing, a reason after the question, '(no waste)'), an owner before the thing measured
('my kid's bedroom'), US and imperial gallons and kWh, fuel from litres per 100 km, and a price from a cost and a
markup or margin; and the near misses that must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import cpu_time, refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # who asks, said before the question
        ("Pharmacist here, quick one: the jar holds 2 litres. how many cups is that?", 8.4535),
        ("Teacher here: the hall is 30 m long, what's that in feet?", 98.4252),
        # a measure said of a thing, then asked about in its own sentence
        ("The rice bag weighs 5 lb. what's that in kg?", 2.26796),
        ("my backpack weighs 9 kg, how much is that in pounds?", 19.8416),
        # asides that restate the reading
        ("The sofa is $900 and it's 15% off this month. what would I pay (before tax)?", 765),
        ("simple interest on $1,200 at 5% a year for 3 years? just the interest thanks", 180),
        ("perimeter of a rectangular yard 20 m by 15 m? going to fence it", 70),
        ("how many days from May 1 to May 31 in the same year?", 30),
        ("my shift starts 21:30 and ends 05:00 the next morning. how many minutes is that?", 450),
        ("Our daughter's bedroom is 3.2 m by 3 m. How many square metres of carpet do we need (no waste)?", 9.6),
        # gallons said with their country, and energy
        ("how many litres is 2 US gallons", 7.57082),
        ("5 imperial gallons in litres", 22.73045),
        ("how many kilojoules is 1 kWh", 3600),
        # fuel from a consumption per 100 km
        ("My car uses 5 litres per 100 km. How much fuel do I need for a 300 km trip?", 15),
        ("The bus uses 30 litres per 100 km, how much diesel for 50 km?", 15),
        # a price from the cost and a markup (over the cost) or a margin (over the price)
        ("I buy scarves at $20 each and want a 50% markup. what should I sell them for?", 30),
        ("the cost is $45 and I want a 10% profit margin. what should the price be?", 50),
    ],
)
async def test_heldout_5_families_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # 'the next day' after a later clock time adds a day: not an aside
        "my shift starts 07:00 and ends 09:00 the next day. how many minutes is that?",
        # a tail with a number, a unit or a word that changes the arithmetic is not talk
        "perimeter of a rectangular yard 20 m by 15 m? plus 10% extra",
        # a total asked 'before tax' with no tax given cannot be undone
        "my receipt says $54, what was it (before tax)?",
        # fuel for a trip with no distance, or a substance other than the one measured
        "my car uses 7 litres per 100 km. how much fuel for the trip?",
        "a cake uses 300 g flour for 8 people, how much butter for 12",
        # a markup and a margin together, or a price sold at and a markup
        "cost is $80 with a 25% markup and a 20% margin, selling price?",
        "I sell mugs at $12 and want a 40% markup, what should the price be?",
        "I buy at $25 and want a 60% profit, what's the selling price?",
        # 'here' as a place, not who asks
        "from here, 5 km",
    ],
)
async def test_heldout_5_near_misses_are_declined(request_text: str):
    await refused(request_text)


async def test_the_asides_stay_cheap():
    from servers.tools.calculator.solver import solve_request
    from servers.tools.inputs import ToolInputError

    hostile = ["what is 1 + 1" + "? just" * 500, "what is 1 + 1 (" + "no " * 500 + ")", "x here" + ", same year" * 400]
    with cpu_time() as spent:
        for request in hostile:
            try:
                solve_request(request)
            except ToolInputError:
                pass
    assert spent.seconds < 1.0
