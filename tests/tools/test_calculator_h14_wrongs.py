"""Two wrong answers tuning_heldout_14 showed: an extra paid per night ('£15 parking each night') added once, and a
speed asked in km/h answered in miles per hour. A price each named is paid on every one of the count; a unit the
question asks for is the answer's unit, converted to, or the request is declined.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out the total for 3 nights at £89 a night plus £15 parking each night", 312),
        ("We're staying 5 nights, £75 a night and £8 breakfast each night. What's the total?", 415),
        ("Hire a van for 3 days at £60 a day plus £12 insurance per day, how much altogether?", 216),
        ("what's the total for 3 days van hire at £60 a day plus £12 insurance per day", 216),
        ("what's the total for 4 nights at €95 a night plus €6 city tax every night", 404),
        ("what's the total for 2 nights at $140 a night plus $20 valet parking per night", 320),
    ],
)
async def test_an_extra_per_unit_is_paid_on_every_one(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "what's the total for 3 nights at £89 a night plus £15 parking each day",  # per day, the stay counted in nights
        "2 adults at £30 each plus £10 per child, how much?",  # no children counted
    ],
)
async def test_an_extra_per_unit_never_counted_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result", "unit"),
    [
        (
            "Convert a marathon, 26.2 miles, into kilometres, then use that to work out my average speed in km/h if "
            "I finished in 4 hours 15 minutes.",
            9.92113,
            "kilometers per hour",
        ),
        ("what's my average speed in km/h if I ran 26.2 miles in 4 hours 15 minutes", 9.92113, "kilometers per hour"),
        ("I cycled 30 miles in 2 hours, what was my speed in kilometres per hour?", 24.14016, "kilometers per hour"),
        ("drove 150 km in 2 hours - how fast is that in mph?", 46.60284, "miles per hour"),
        ("how long does 45 km take at 15 mph, in minutes?", 111.84681, "minutes"),
        ("I walked 12 km in 2.5 hours. average speed in m/s?", 1.33333, "meters per second"),
        ("how far in km is 3 hours at 60 mph", 289.68192, "kilometers"),
    ],
)
async def test_the_unit_asked_for_is_the_answers(request_text: str, result: float, unit: str):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result, rel=1e-5)
    assert answer["unit"] == unit


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "my speed in km was what if I ran 10 miles in 2 hours",  # a distance asked of a speed
        "how far in km/h is 3 hours at 60 mph",  # a speed asked of a distance
        "I drove 300 miles at 40 mpg, how many gallons did I use? my gauge is in litres",  # two units asked
        "I ran 10 km in 50 minutes, how many miles per hour is that in km/h",
    ],
)
async def test_a_unit_asked_that_the_answer_cannot_be_is_declined(request_text: str):
    await refused(request_text)
