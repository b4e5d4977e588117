"""What a request is for and who asks it ('For my lab report I need ...', '... for my fan oven', "I'm 74 and not
good with sums.") changes nothing in the sum, and is set aside; a purpose with a number or people in it is not."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_purpose_opening_the_request_is_set_aside():
    answer = await solved("For my lab report I need the mean of these readings: 118, 95, 143, 110, 132")
    assert answer["result"] == pytest.approx(119.6)


async def test_a_remark_about_the_asker_is_set_aside():
    answer = await solved(
        "I'm 74 and not good with sums. I have 10,000 pounds in a bond paying 5% a year, compounded once a year. "
        "What will it be worth after 3 years?"
    )
    assert answer["result"] == pytest.approx(11576.25)


async def test_a_purpose_with_a_count_in_it_still_declines():
    await refused("how much is 3 tickets at £12 for my 3 kids?")
