"""A rate chain asked for its whole by a closing clause with no question word ('..., 10 wks, total?'), hours a
week written with a slash ('22.5 hrs/week'), and an amount of money asked to the nearest pound; near-misses that
ask a measure of their own, leave a figure out or add one the chain cannot place."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("£15 an hour, 24 hours a week, 10 weeks, total?", 3600),
        ("£15/hr, 24 hrs a wk, 10 wks, total", 3600),
        ("Tutoring pays £22 an hour. 6 hrs a week for 12 weeks. Total?", 1584),
        ("at £9.50 per hour, 16 hours per week, over 5 weeks - total?", 760),
        ("Shifts: £19.37/hr, 22.5 hrs/week, 7 weeks. Total to the nearest pound?", 3051),
        ("22.5 hrs/wk at £11.80/hr for 4 wks, total?", 1062),
        ("40 hours/week at £12 an hour for 3 weeks, what's the total", 1440),
        ("£14 an hour and 15 hours a week for 26 weeks, what's the total to the nearest pound", 5460),
        ("Average of the quotes £1,240, £985, £1,410 and £1,118, to the nearest pound?", 1188),
        ("what's 17.5% of £249.99? to the nearest pound", 44),
    ],
)
async def test_a_rate_chain_asked_for_its_whole(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "£15 an hour, 24 hours a week, 10 weeks, total hours?",
        "£15 an hour, 24 hours a week, 10 weeks, average total?",
        "£15 an hour, 24 hours a week, total?",
        "£15 an hour, 10 weeks, total?",
        "£15 an hour, 24 hours a week, 10 weeks, 3 kids, total?",
        "£15 an hour and a £20 fee, 24 hours a week, 10 weeks, total?",
        "£15 an hour, 24 hours a week, 10 weeks, total after tax?",
        "£15 an hour, 24 hours a week, 10 weeks, total and the weekly pay?",
        "22.5 hrs/wk at £11.80/hr, total?",
    ],
)
async def test_a_rate_chain_that_does_not_account_for_every_figure_is_declined(request_text: str):
    await refused(request_text)
