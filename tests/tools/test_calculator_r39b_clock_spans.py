"""Paraphrases of the time between two clock times across midnight, written with a dot or a colon, with the last of
a run said as 'the last one', and near-misses where the day of the end time or the span is not what was said."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Night porter here. Clocked on at 21.30 and signed off at 06.45. How many minutes is that?", 555),
        ("The bakery ovens were lit at 23.10 and the last one went off at 04.40. How many minutes were they on?", 330),
        ("First ferry sails at 05.35 and the last one docks at 00.50 the following morning. How many hours?", 19.25),
        ("DJ set started 22:15 and finished 02:45. How many minutes did I play?", 270),
        ("Kiln went on at 06:30 and off at 03:00 the next day. How long was it firing, in hours?", 20.5),
        ("We set off at 4.20 and reached the summit at 13.50. How long a day is that in hours?", 9.5),
        ("Started the stocktake at 17.05 and locked up at 01.35. How many minutes, billing by the minute?", 510),
        ("Left for a callout at 23.20 and got home at 02.05. How many minutes? Billing by the minute now", 165),
        ("Clocked in at 21:50 and out at 06:10. How many minutes was that? Long night on the ward.", 500),
    ],
)
async def test_a_clock_span_across_midnight_or_dotted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Clocked on at 9.30 and signed off at 6.45. How many minutes is that?",
        "Ovens lit at 11:10 and the last one went off at 4:40. How many minutes were they on?",
        "First ferry sails at 05.35 and the last one docks at 06.50 the next morning. How many hours?",
        "DJ set started 22:15 and finished 02:45 with a 20 minute break. How many minutes did I play?",
        "Kiln went on at 06:30 and off at 03:00. How long was it firing, and what did the gas cost?",
        "We set off at 04.20 and reached the summit at 13.50 after 2 stops. How long a day is that in hours?",
        "The last 3 buses came back at 01.17 and the first left at 04.52. How many minutes is that?",
        "Clocked in at 21:50 and out at 06:10. How many minutes was that? Not sure about the break.",
        "Left for a callout at 23.20 and got home at 02.05. How many minutes? Which rate applies?",
    ],
)
async def test_a_span_the_story_does_not_settle_is_declined(request_text: str):
    await refused(request_text)
