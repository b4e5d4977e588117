"""Paraphrases of a rate converted in its top unit ('150 litres a day in US gallons'), of rough figures ('roughly
150 litres'), of a request to show the working, and of a clock time said in words and again in figures, with the
near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.rounds


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a rate converted in its top unit keeps its period
        ("An elephant drinks roughly 150 litres a day. How many US gallons is that?", 39.6258078537),
        ("Convert 150 litres a day to US gallons", 39.6258078537),
        ("The tap drips 3 litres an hour. How many pints is that?", 6.3401292566),
        ("She walks 5 km a day. What is that in miles?", 3.10685596119),
        ("150 litres a day in gallons a week", 277.380654976),
        # rough figures
        ("About 150 litres a day, how many gallons is that?", 39.6258078537),
        ("The dog eats about 400 g a day. How much is that over a 30-day month?", 12000),
        ("It weighs approximately 72 kg. What's that in stone?", 11.3380591981),
        # the working asked for
        ("Can you solve 5(x - 2) = 3x + 8 and show the steps?", 9),
        ("Solve 5(x - 2) = 3x + 8, show your working", 9),
        ("Work out 15% of £240 step by step", 36),
        ("What's 3/4 of 360? Please show your working.", 270),
        ("Solve 2x + 7 = 19 with the steps", 6),
        # a clock time in words, then in figures
        ("My night shift runs from half seven in the evening (19.30) until quarter to eight the next morning (07.45). "
         "How long is that shift in hours and minutes?", 12.25),
        ("The match starts at quarter past three (15:15) and ends at ten to five (16:50). How long is it?",
         1.58333333333),
        ("I start at half eight (08:30) and finish at half five (17.30). How many hours is that?", 9),
        ("Shift runs from half seven (19.30) until eight (08.00). How long?", 12.5),
    ],
)  # fmt: skip
async def test_figures_said_twice_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Water flows at 12 litres a minute. How many seconds is that?",  # no amount of time in a flow
        "Nearly 150 litres a day, how many gallons is that?",  # a bound, not a rough figure
        "Can you show me the steps for 15% of?",
        "My shift runs from half seven in the evening (19.45) until eight in the morning (08.00). How long?",
        "I start at half seven in the morning (19.30) and finish at eight in the evening (20.00). How long?",
    ],
)
async def test_figures_said_twice_near_misses(request_text: str):
    await refused(request_text)
