"""Paraphrases of an idle remark around a sum (thanks, who asked, what it is for, a grumble) set aside, and the
near-misses whose remark could change the sum, which must still decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's 17.5% of €2,480? The accountant asked me to double-check.", 434),
        ("What's 15% of £240? The boss asked me to check.", 36),
        ("How much is 12 × $4.50 (cheers, mate)?", 54),
        ("Convert 28 °C to °F for the reptile house log.", 82.4),
        ("Rent went from £950 to £1,020 (thanks, landlord). What's the percentage increase?", 7.3684),
        ("How many kilometres is 26.2 miles? Asking for a friend in Canada.", 42.1648),
        ("What is 48 × 27? Just checking my head maths.", 1296),
        (
            "A litre of paint covers 12 square metres. How many litres for 90 square metres? The hall is a pain.",
            7.5,
        ),
    ],
)
async def test_an_idle_remark_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "What's 1,000 at 5% for 3 years (simple)?",  # which interest
        "Meeting starts at 9, in the evening. How many hours until 11?",  # which time of day
        "Split £90 between us (the kids).",  # who shares
        "What's 240 miles in km, for the road trip?",  # a trip may be there and back
        "What's £60 split 3 ways? Not including me.",  # a condition
        "What is 100 in log?",  # a function asked for
        "What's 3,450 divided by 15, for the quarterly report?",  # a period said by its adverb
        "The recipe says 350 F but my oven is in Celsius, and it runs hot. What temperature do I set?",  # a condition
        "The recipe says 350 F. What temperature in Celsius do I set? My oven runs hot.",  # how the thing behaves
    ],
)
async def test_a_remark_that_could_change_the_sum_is_kept(request_text: str):
    await refused(request_text)
