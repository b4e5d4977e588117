"""Hours said to be overtime, with no regular hours, at a base rate and a multiplier: the overtime's pay."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_overtime_hours_alone_are_paid_at_the_overtime_rate():
    reply = await solved(
        "Overtime is time and a half and my base rate is £15.80 an hour. What do I get for 6 hours of overtime?"
    )
    assert reply["answer"] == "£142.20 for the overtime"


@pytest.mark.anyio
async def test_overtime_hours_a_week_asked_a_month_are_declined():
    await refused(
        "Overtime is time and a half and my base rate is £15.80 an hour. I do 6 hours of overtime a week. "
        "What do I get a month?"
    )
