"""What the fuel for a trip costs (distance, consumption, price of fuel), and the fuel for a distance said 'each way'
in a story told around it; a trip said 'each way' with no way asked, or units that would need a gallon guessed,
stay declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Road trip to Canberra is 450 km each way; the ute uses 6.2 litres per 100 km and diesel is $1.89 a litre. "
         "What's the fuel cost for one way?", 52.731),
        ("The trip is 450 km each way; the ute uses 6.2 litres per 100 km and diesel is $1.89 a litre. What's the "
         "fuel cost for the round trip?", 105.462),
        ("The trip is 450 km; the ute uses 6.2 litres per 100 km and diesel is $1.89 a litre. What's the fuel cost?",
         52.731),
        ("My car does 40 mpg and petrol is $3.60 a gallon. What will a 300 mile drive cost in fuel?", 27),
        ("the van does 14 miles to the gallon, it's 215 miles each way and diesel is £7 a gallon, how much will fuel "
         "cost there and back?", 215),
        ("Car gets 15 km per litre, petrol's €1.80 per litre and Lyon is 460 km each way. Fuel cost one way?", 55.2),
    ],
)  # fmt: skip
async def test_the_fuel_for_a_trip_is_costed(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our removals van does about 14 miles to the gallon. Leeds to Bristol is 215 miles each way. How many "
         "gallons for the round trip?", 30.714),
        ("the ute uses 6.2 litres per 100 km, Sydney to Canberra is 290 km each way, how much diesel for one way?",
         17.98),
        ("My car does 40 mpg. How many gallons for a 300 mile trip?", 7.5),
    ],
)  # fmt: skip
async def test_the_fuel_for_a_trip_told_around_it_is_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The trip is 450 km each way; the ute uses 6.2 litres per 100 km and diesel is $1.89 a litre. What's the "
        "fuel cost?",  # one way or both?
        "Our van does 14 miles to the gallon. Leeds to Bristol is 215 miles each way. How many gallons?",
        "car does 40 mpg, petrol £1.45 a litre, 300 miles, fuel cost?",  # which gallon?
        "The trip is 450 km; the ute uses 6.2 litres per 100 km and diesel is $1.89 a litre. What's the fuel cost "
        "there and back?",  # is 450 km one way?
        "The trip is 450 km each way; the ute uses 6.2 litres per 100 km and diesel is $1.89 a litre. What's the "
        "fuel cost for one way if we split it?",
        "The trip is 450 km each way, we've done 100 km already; the ute uses 6.2 litres per 100 km and diesel is "
        "$1.89 a litre. What's the fuel cost for one way?",
    ],
)
async def test_trips_that_leave_a_guess_are_declined(request_text: str):
    await refused(request_text)
