"""Paraphrases of a list of amounts priced at one rate per their unit, and near-misses that price it otherwise."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Mileage is 45p a mile. I drove 38 miles on Monday, 52 on Tuesday and 27 on Wednesday. How much can I"
         " claim?", 52.65),
        ("I drove 38 miles on Monday, 52 on Tuesday and 27 on Wednesday at 45p a mile. How much?", 52.65),
        ("Mileage is paid at 45p a mile. I drove 38, 52 and 27 miles. How much can I claim?", 52.65),
        ("I drove 38 miles, 52 miles and 27 miles at 45p a mile. How much can I claim?", 52.65),
        ("I worked 7.5 hours on Monday, 8 on Tuesday and 6 on Friday at £11.44 an hour. What's my pay?", 245.96),
        ("Diesel is €1.78 a litre. We put in 40 litres on Monday and 55 on Thursday. How much did we spend?",
         169.10),
        ("Carpet is $24 per metre and I need 3.5 metres, 4 and 2.5 for the rooms. How much will it cost?",
         240),
    ],
)  # fmt: skip
async def test_a_list_priced_per_its_unit(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Mileage is paid at 45p a mile. I drove 38 miles on Monday, 52 on Tuesday and 27 on Wednesday, both ways."
        " How much can I claim?",
        "Mileage is paid at 45p a mile. I drove 38 miles on Monday, 52 km on Tuesday and 27 on Wednesday. How much"
        " can I claim?",
        "Mileage is paid at 45p a mile up to 100 miles. I drove 38 miles on Monday, 52 on Tuesday and 27 on"
        " Wednesday. How much can I claim?",
        "I drove 38 miles on Monday, 52 on Tuesday and 27 on Wednesday at 45p a mile. How much each day?",
        "Parking is £4 a day. I parked 3 days last week and 2 days this week. How much?",
    ],
)
async def test_a_list_priced_otherwise_is_declined(request_text: str):
    await refused(request_text)
