"""Time worked between a start and a finish told as the day went, less every break taken."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_day_told_as_it_went_less_its_lunch():
    request = "Started the job at 8:15, took 40 mins for lunch and packed up at 16:50. How long did I actually work?"
    assert (await solved(request))["result"] == pytest.approx(7 + 55 / 60)


async def test_working_hours_of_a_night_shift_less_two_breaks():
    request = "Shift starts at 22:00 and finishes at 06:00, with two 20-minute breaks. How many working hours is that?"
    assert (await solved(request))["result"] == pytest.approx(7 + 20 / 60)


async def test_paid_hours_of_a_shift_with_a_break_still_declines():
    await refused("my shift is 9:00 to 17:30 with a 45 minute break, how many hours did I work?")
