"""Paraphrases of a charge per length per night (or per thing per day) without the number of nights: declined,
never the charge for one night; with the nights said, the whole stay."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Berthing is €3.20 per metre per night. A 12.5 m yacht is staying. What do they owe?",
        "Mooring costs £2.80 per metre per night. My boat is 9 m. What will I pay?",
        "Storage is $1.50 per square foot per month. My unit is 100 sq ft. How much do I pay?",
        "Parking is £4 per car per day. We have 3 cars. What do we owe?",
        "Marina fee: $4 per foot per night for a 30 ft boat. How much?",
        "Hire is £12 per bike per day for 3 bikes. What's the total?",
        "Parking is £4 per car per day. We have 3 cars and stay a week. What do we owe?",
    ],
)
async def test_a_rate_per_night_without_nights_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_with_the_nights_said_the_stay_is_answered():
    assert (await solved("Parking is £4 per car per day for 3 days. We have 2 cars. What do we owe?"))["result"] == 24
    reply = await solved("Berthing is €3.20 per metre per night. A 12.5 m yacht is staying 4 nights. What do they owe?")
    assert reply["result"] == 160
