"""A clock time that names a thing ('the 9 o'clock meeting', 'our 6 o'clock class') counts nothing and is set aside;
near-misses use the clock time as a time, or say another figure the question does not use."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Members at the 6 o'clock spin class went from 18 to 24 this term. What's the percentage increase?",
            33.3333,
        ),
        (
            "Footfall fell from 2,500 in May to 2,300 in June. What's the percentage drop? "
            "Boss will ask at the 10 o'clock huddle.",
            8,
        ),
    ],
)
async def test_a_clock_time_naming_a_thing_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Footfall fell from 2,500 to 2,300. What's the percentage drop? Boss wants it by 10 o'clock with 3 copies.",
        "Footfall fell from 2,500 to 2,300 by 10 o'clock. How many an hour since 8 o'clock?",
        "The 9 o'clock class had 18 and the 6 o'clock class had 24. What's the percentage increase and the total?",
    ],
)
async def test_a_clock_time_that_counts_or_a_second_figure_is_declined(request_text: str):
    await refused(request_text)
