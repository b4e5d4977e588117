"""Several clock spans added (a split shift, opening hours with a gap, over the days of a week when those days are
said), a span whose times are written as four figures ('0715'), and a span named by what it is ('lunch service
starts at ...'); near-misses with a break, a week of days not said, a span that may be 12-hour, or a second
question are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The bakery opens 07:00 to 12:30 and again 15:00 to 19:00. How many hours is it open?", 9.5),
        ("I worked 9:00 to 12:30 and 13:15 to 17:45. How many hours did I work in total?", 8),
        ("split shift 6 am to 10 am, then 4 pm to 8 pm. how long do I work?", 8),
        ("Bar shifts tonight: 18:00-23:00 and 23:30-02:15. How many hours altogether?", 7.75),
        ("The pool is open from 13:00 until 16:30 and from 20:30 until 23:45. How many minutes is that?", 405),
        ("How many hours a week is the clinic open? It runs 09:00-13:00 and 14:00-18:00, 5 days a week.", 40),
        ("Six days per week we serve 11:00 to 15:00 and 17:30 to 22:00. How many hours do we serve in a week?", 51),
    ],
)
async def test_clock_spans_are_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "We open 11:00 to 15:00 and again 17:30 to 22:00. How many hours are we open in a week?",
        "We open 11:00 to 15:00 and again 17:30 to 22:00, six days per week. How many hours are we open?",
        "We open 11:00 to 3:00 and again 17:30 to 22:00. How many hours are we open?",
        "We open 11:00 to 15:00 and again 17:30 to 22:00 with a 30 minute break. How many hours are we open?",
        "We open 11:00 to 15:00 and 17:30 to 22:00 every day. How many hours a week?",
        "We open 11:00 to 15:00 and 17:30 to 22:00. How many hours, and what does staff cost?",
        "I worked 9 to 12:30 and 1:15 to 5:45. How many hours?",
        "We open 11:00 to 15:00 and 17:30 to 22:00, six days per week, and 12:00 to 16:00 on Sundays. Hours a week?",
        "We open 11:00 to 15:00, six days a week, and 17:30 to 22:00. How many hours a week?",
        "I worked 9:00 to 12:30 and 13:15 to 17:45 at £12 an hour. How many hours did I work?",
    ],
)
async def test_spans_changed_or_open_are_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("took off 0945, landed 1112. how many minutes in the air?", 87),
        ("wheels up 0650 and wheels down 0815. block time in minutes?", 85),
        ("shift 0700 to 1530, how many hours", 8.5),
        ("departed 2230, arrived 0115 next day. how many minutes?", 165),
    ],
)
async def test_times_written_as_four_figures(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "the code is 0715 and the room is 0842. how many minutes?",
        "we left 0715 and paid 1200 for fuel. how many minutes?",
        "off 0715, landed 0842, then 20 min taxi. block time in minutes?",
        "took off 1015, landed 1142. how many minutes in the air?",
    ],
)
async def test_four_figures_that_are_not_a_span_are_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Lunch service starts at 12:30 pm and must be finished by 4:15 pm. How many minutes is that?", 225),
        ("Lunch starts at 12:30 and ends at 16:15. How many minutes is that?", 225),
        ("The delay began at 14:10 and ended at 15:05. How many minutes was the delay?", 55),
        ("Our lunch sitting begins 12:15 and wraps up at 14:45. How many minutes is it?", 150),
    ],
)
async def test_a_span_named_by_what_it_is(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "I start at 9 am and finish at 5:30 pm with a lunch break. How long do I work?",
        "I start at 9 am and finish at 5:30 pm, lunch is 30 min. How long do I work?",
        "Lunch starts at 12:30 pm and ends at 4:15 pm but we take a break after lunch. How long?",
        "Work starts at 9 am, lunch starts at 12:30 pm. How long?",
    ],
)
async def test_a_break_taken_from_a_span_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The show starts 19:30 and the party after ends at 01:45. How many minutes is that?", 375),
        ("The match starts at 15:00 and the drinks after end at 19:30. How many minutes?", 270),
        ("On Fridays class starts 19:30 and the social after finishes at 02:15. How many minutes all together?", 405),
    ],
)
async def test_what_comes_after_named_before_its_end(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "The show starts 19:30 and we leave 2 hours after it ends at 22:00. How long is that?",
        "The show starts after 19:30 and ends at 22:00. How long?",
        "The show starts 19:30 and ends at 22:00, and the party after. How long?",
    ],
)
async def test_an_after_that_moves_a_time_is_declined(request_text: str):
    await refused(request_text)
