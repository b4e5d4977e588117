"""A 'percentage cut' asks for the fall from one amount to the other, as 'percentage decrease' does; a rise asked
as a cut is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_percentage_cut_between_two_years():
    answer = await solved(
        "Props budget was £3,200 last year and it's £2,720 this year (thanks, board). What's the percentage cut?"
    )
    assert answer["result"] == pytest.approx(15)


async def test_a_rise_asked_as_a_cut_is_declined():
    await refused("The budget went from £3,200 to £3,520. What's the percentage cut?")
