"""The time between two clock times less a break, told in a story ('Install started 7:15, finished 16:40, 45 min
break in between. Working time in minutes?'): the end less the start, less the break. A day named, a span told the
other way round, a break where the time worked is not asked, or a figure that is not a break leaves it declined."""

from __future__ import annotations

import pytest

from servers.tools.calculator.clock_span_asks import as_worked
from servers.tools.calculator.tokens import tokenize
from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Install started 7:15, finished 16:40, 45 min break in between. Working time in minutes?", 520),
        ("Install started 7:15, finished 16:40, 45 min break. How many hours did I actually work? as a decimal pls",
         8.6667),
        ("on site 7:45 till 16:20 with half hour dinner. how many hours did I work?", 8.0833),
        ("Crew started at 8:00 am, knocked off at 5:30 pm, 1 hour lunch. How many hours did the crew work?", 8.5),
        ("Pottery kiln opens 9:10 and finished 13:25. How many minutes is that?", 255),
    ],
)  # fmt: skip
async def test_a_span_in_a_story_is_the_time_between_less_its_break(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Shop opens 9:00 and closes 17:00 with a 1 hour lunch. How many hours is it open?",  # open, not worked
        "I make the dough on Tuesday at 15:30 and it rests until Wednesday 05:00. How many hours is that?",
        "Low tide at 11:47, off the lease 40 mins before. If I start at 7:15, how many minutes do I get?",
        "Started 7:15, finished 16:40, 45 min break, 3 days. How many hours did I work?",  # a figure not a break
        "Started 7:15, finished 16:40, two 15 min breaks. How many hours did I work?",
        "Started 7:15, finished 16:40 with a break. How many hours did I work?",  # a break of no length
        "Started 7:15, finished 16:40, 45 min break. How many hours did I work each day?",
        "Started 7:15 at night, finished 6:40. How many hours did I work?",
    ],
)
def test_a_span_the_story_does_not_settle_is_not_restated(request_text: str):
    assert as_worked(request_text, tokenize(request_text)) is None
