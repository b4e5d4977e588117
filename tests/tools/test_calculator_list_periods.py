"""Words around a list that say what each number is: a school year, the mark the scores are out of, the period each
number is of ('each day' with 'the mean per day')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_school_year_and_a_maximum_mark_change_no_mean():
    reply = await solved("Year 10 test scores out of 50: 34, 41, 28, 45, 39, 37, 42, 30. What's the mean score?")
    assert reply["result"] == 37


@pytest.mark.anyio
async def test_the_mean_per_day_of_a_daily_list_is_the_mean():
    reply = await solved(
        "Jobs I logged each day last week were 38, 42, 35, 47, 40, 44 and 39. What's the mean number of jobs per day?"
    )
    assert reply["result"] == pytest.approx(40.714, abs=0.001)


@pytest.mark.anyio
async def test_a_weekly_list_asked_per_day_declines():
    await refused("Weekly sales were 700, 840 and 910. What's the average per day?")
