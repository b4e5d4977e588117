"""Fuel for a trip told as drivers tell it: '18 l of petrol per 100 km', '9,5 l/100 km', '1 gallon every 95 km', a
price after its figure ('1,64 €/l') or 'the gallon', a distance said one way and asked there and back ('98 km one
way ... round trip', 'going and coming back'), and a trip made several times ('and back 5 times this week')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "The snowmobile burns 18 l of petrol per 100 km. This winter it did 1 350 km. Petrol 1,64 €/l. What "
            "did the fuel cost?",
            398.52,
        ),
        (
            "The store Land Cruiser goes Goroka to Lae and back, 290 km each way. It uses 14 litres per 100 km and "
            "diesel is K5.20 a litre. How much diesel money for the return trip?",
            422.24,
        ),
        (
            "The delivery motor uses 1 gallon every 95 km. This week it did 665 km. Gas is RD$293.60 the gallon. "
            "How much I spent on gas?",
            2055.2,
        ),
        (
            "The truck makes the trip to a farm and back 5 times this week, 64 km each way. It uses 22 litres per "
            "100 km and diesel is $2.20 per litre. What is the diesel cost?",
            309.76,
        ),
        (
            "I will rent a car to visit my cousin, 210 km each way, going and coming back. The car uses 8 litres "
            "per 100 km and petrol is 86,97 MT per litre. How much will the petrol cost for the whole trip?",
            2922.19,
        ),
        (
            "It is 98 km one way to the market. The van uses 9,5 l/100 km, diesel 1,52 €/l. Diesel cost for the "
            "round trip?",
            28.30,
        ),
        ("My car does 40 mpg and the drive is 200 miles one way. How many gallons for the round trip?", 10),
        (
            "Van does 9.5 litres per 100 km. Dublin to Belfast and back is 340 km and diesel's €1.72 a litre. "
            "What's the fuel cost?",
            55.56,
        ),
    ],
)
async def test_fuel_for_the_trip_told(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        # a distance each way and no way asked
        "The van uses 9.5 litres per 100 km. 98 km each way. Diesel is €1.52 per litre. What does the diesel cost?",
        # a part of the trip left out
        "Drive to the market and back. 98 km one way, ferry not counted. Van uses 9,5 l/100 km, diesel 1,52 €/l. "
        "Diesel cost for the round trip?",
        # a trip made twice over, said two ways
        "It is 98 km one way. The van uses 9.5 l/100 km, diesel €1.52/l. Diesel cost one way and for the round trip?",
    ],
)
async def test_unsettled_trips_decline(request_text: str):
    await refused(request_text)
