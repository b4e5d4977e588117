"""The clock time a schedule told as a story ends at: its start and the lengths of its parts."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_count_of_stops_at_a_length_each_after_a_start():
    request = "Delivery van leaves at 7:15am. Six drops today at about 25 minutes each. What time will I be back?"
    assert "9:45" in (await solved(request))["answer"]


async def test_parts_named_by_number_with_a_bare_length():
    request = (
        "Act 1 runs 52 minutes, the interval is 20 and Act 2 is 47. If curtain up is 7:30pm, what time is it over?"
    )
    assert "9:29" in (await solved(request))["answer"]


async def test_a_wait_of_no_length_declines():
    await refused(
        "Show starts at 7:30pm. Act 1 runs 52 minutes and Act 2 runs 47, with an interval. What time does it end?"
    )
