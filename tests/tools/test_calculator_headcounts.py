"""People counted as they come and go, lists said again in brackets, and a mean told per period of its list."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_people_on_board_after_some_get_off_and_others_join():
    solution = await solved(
        "Right, long day on the Dubai run. We boarded 186 passengers in Manchester, then on the stopover 41 got "
        "off and another 23 joined. How many did we have on board for the second leg? Purser wants the figure"
    )
    assert solution["result"] == 168


async def test_a_move_with_no_number_is_declined():
    await refused("The train had 200 people, 30 got off and some got on. How many are on the train now?")


async def test_a_figure_said_again_in_brackets_is_added_once():
    solution = await solved(
        "The bag pack at Tesco raised £612.40, the cake sale £148.75 and the sponsored silence £203 (best £203 ever,"
        " peace and quiet). How much altogether for the Kandersteg fund?"
    )
    assert solution["result"] == pytest.approx(964.15)


async def test_mean_per_month_of_a_list_that_spans_as_many_months():
    solution = await solved(
        "Doing my logbook. My flying hours for the last six months were 78, 84, 91, 69, 88 and 75. "
        "Whats my average per month?"
    )
    assert solution["result"] == pytest.approx(80.8333, abs=0.001)
